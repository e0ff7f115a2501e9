/**
 * Word equations (OMML, `m:oMath`) to the LaTeX subset the formula parser reads: fractions,
 * sub/superscripts, delimiters, radicals, n-ary operators, equation arrays and text runs.
 * mammoth drops equations, yet that is where LKjIP reports put their capaian calculations.
 */

/** The part of the DOM API we use (xmldom's nodes provide it). */
export interface XNode {
  nodeType: number;
  nodeName: string;
  localName?: string | null;
  nodeValue?: string | null;
  textContent?: string | null;
  childNodes: ArrayLike<XNode>;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;

function kids(n: XNode, name?: string): XNode[] {
  const out: XNode[] = [];
  for (let i = 0; i < n.childNodes.length; i++) {
    const c = n.childNodes[i]!;
    if (c.nodeType === ELEMENT && (!name || c.nodeName === name)) out.push(c);
  }
  return out;
}

function kid(n: XNode, name: string): XNode | undefined {
  return kids(n, name)[0];
}

function attr(n: XNode | undefined, name: string): string | null {
  return n?.getAttribute?.(name) ?? null;
}

const SYMBOLS: Record<string, string> = { '×': '\\times ', '·': '\\cdot ', '÷': '\\div ', '−': '-', '≤': '\\le ', '≥': '\\ge ', '%': '\\%', '∑': '\\sum ', '…': '\\dots ' };

/** A run of equation text: words become `\text{}`, symbols their LaTeX names. */
function runText(r: XNode): string {
  const t = kids(r, 'm:t').map((x) => x.textContent ?? '').join('');
  const normal = kid(kid(r, 'm:rPr') ?? r, 'm:nor') !== undefined;
  if (!t) return '';
  if (normal || /[A-Za-z]{2,}\s|\s[A-Za-z]{2,}|^[A-Za-z]{3,}$/.test(t)) {
    // Words (`Jumlah kasus ...`), possibly with a trailing symbol.
    const m = /^(.*?)([×%=]?)$/.exec(t)!;
    return `\\text{${m[1]!.replace(/([{}])/g, '\\$1')}}${m[2] ? SYMBOLS[m[2]] ?? m[2] : ''}`;
  }
  return [...t].map((ch) => SYMBOLS[ch] ?? ch).join('');
}

function args(n: XNode, name: string): string {
  const part = kid(n, name);
  return part ? children(part) : '';
}

function children(n: XNode): string {
  return kids(n).map(convert).join('');
}

function convert(n: XNode): string {
  switch (n.nodeName) {
    case 'm:r':
      return runText(n);
    case 'm:f':
      return `\\frac{${args(n, 'm:num')}}{${args(n, 'm:den')}}`;
    case 'm:sSup':
      return `{${args(n, 'm:e')}}^{${args(n, 'm:sup')}}`;
    case 'm:sSub':
      return `{${args(n, 'm:e')}}_{${args(n, 'm:sub')}}`;
    case 'm:sSubSup':
      return `{${args(n, 'm:e')}}_{${args(n, 'm:sub')}}^{${args(n, 'm:sup')}}`;
    case 'm:sPre':
      return `{}_{${args(n, 'm:sub')}}^{${args(n, 'm:sup')}}{${args(n, 'm:e')}}`;
    case 'm:rad': {
      const deg = args(n, 'm:deg');
      return deg ? `\\sqrt[${deg}]{${args(n, 'm:e')}}` : `\\sqrt{${args(n, 'm:e')}}`;
    }
    case 'm:d': {
      const pr = kid(n, 'm:dPr');
      const beg = attr(kid(pr ?? n, 'm:begChr'), 'm:val') ?? '(';
      const end = attr(kid(pr ?? n, 'm:endChr'), 'm:val') ?? ')';
      const sep = attr(kid(pr ?? n, 'm:sepChr'), 'm:val') ?? ',';
      const inner = kids(n, 'm:e').map(children).join(sep);
      return `${beg === '{' ? '\\{' : beg}${inner}${end === '}' ? '\\}' : end}`;
    }
    case 'm:nary': {
      const chr = attr(kid(kid(n, 'm:naryPr') ?? n, 'm:chr'), 'm:val') ?? '∫';
      const op = chr === '∑' ? '\\sum' : chr === '∏' ? '\\prod' : '\\int';
      const sub = args(n, 'm:sub');
      const sup = args(n, 'm:sup');
      return `${op}${sub ? `_{${sub}}` : ''}${sup ? `^{${sup}}` : ''}{${args(n, 'm:e')}}`;
    }
    case 'm:eqArr':
      return `\\begin{aligned}${kids(n, 'm:e').map(children).join(' \\\\ ')}\\end{aligned}`;
    case 'm:func':
      return `${args(n, 'm:fName')}{${args(n, 'm:e')}}`;
    case 'm:limLow':
    case 'm:limUpp':
      return args(n, 'm:e');
    case 'm:acc':
    case 'm:bar':
    case 'm:box':
    case 'm:borderBox':
    case 'm:groupChr':
    case 'm:phant':
      return args(n, 'm:e');
    case 'm:oMath':
    case 'm:e':
    case 'm:num':
    case 'm:den':
      return children(n);
    case 'm:oMathPara':
      return kids(n, 'm:oMath').map(convert).join(' \\\\ ');
    case 'w:r':
      // Word text runs inside an equation (rare): their text.
      return kids(n, 'w:t').map((t) => t.textContent ?? '').join('');
    default:
      if (/Pr$/.test(n.nodeName)) return '';
      return children(n);
  }
}

/** LaTeX for an `m:oMath` or `m:oMathPara` element. */
export function ommlToLatex(node: XNode): string {
  return convert(node).replace(/\s*=\s*/g, ' = ').replace(/\s+/g, ' ').trim();
}
