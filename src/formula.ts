/**
 * Displayed formulas in the three notations reports use — LaTeX (`\frac{6}{6} \times 100\%`),
 * Word equations rendered to linear text, and plain text (`x = 6 / 6 × 100%`) — parsed into
 * `variable = step = step` with each step an expression tree whose numbers keep their printed form.
 */
import type { Expr, Formula } from './model.js';
import { interpretCore, NUMBER_CORE } from './numbers.js';

/** Find the `{...}` group starting at `open` (which must be `{`); returns [content, indexAfter]. */
function braceGroup(s: string, open: number): [string, number] | null {
  if (s[open] !== '{') return null;
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    if (s[k] === '{') depth++;
    else if (s[k] === '}') {
      depth--;
      if (depth === 0) return [s.slice(open + 1, k), k + 1];
    }
  }
  return null;
}

function skipSpaces(s: string, k: number): number {
  while (s[k] === ' ') k++;
  return k;
}

/** LaTeX to a linear infix string; `\frac{a}{b}` becomes `((a)/(b))`. Records empty fractions. */
export function latexToLinear(latex: string): { linear: string; emptyFraction: boolean } {
  let emptyFraction = false;
  let s = latex
    .replace(/\\begin\{aligned\}|\\end\{aligned\}|\\begin\{align\*?\}|\\end\{align\*?\}/g, ' ')
    .replace(/\\left|\\right/g, '')
    .replace(/\\(?:mathbf|mathrm|textbf|boldsymbol|bm)\s*/g, '')
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/\\dots|\\ldots|\\cdots/g, '…');
  // \text{...} keeps its words (so a step of words is recognised as words, not numbers).
  s = s.replace(/\\text\s*\{([^{}]*)\}/g, (_m, words: string) => ` ⟨${words.replace(/[=]/g, ' ')}⟩ `);
  for (let guard = 0; guard < 50; guard++) {
    const at = s.indexOf('\\frac');
    if (at < 0) break;
    let k = skipSpaces(s, at + 5);
    const num = braceGroup(s, k);
    if (!num) {
      s = s.slice(0, at) + s.slice(at + 5);
      continue;
    }
    k = skipSpaces(s, num[1]);
    const den = braceGroup(s, k);
    if (!den) {
      s = s.slice(0, at) + `(${num[0]})` + s.slice(num[1]);
      continue;
    }
    const n = num[0].trim();
    const d = den[0].trim();
    if (!n || !d || /^(…|\.\.\.)$/.test(n) || /^(…|\.\.\.)$/.test(d)) emptyFraction = true;
    s = s.slice(0, at) + `((${n})/(${d}))` + s.slice(den[1]);
  }
  s = s
    .replace(/\\times|\\cdot|×|\*|><|⋅/g, '*')
    .replace(/\\div|÷|:(?=\s*\d)/g, '/')
    .replace(/\\%/g, '%')
    .replace(/\\Sigma|Σ/g, 'Σ')
    .replace(/&|\\\\/g, ' ')
    .replace(/[{}]/g, ' ')
    .replace(/−|–/g, '-');
  return { linear: s.replace(/\s+/g, ' ').trim(), emptyFraction };
}

type Tok = { t: 'num'; expr: Expr } | { t: 'op'; v: string } | { t: 'word'; v: string };

const NUM = new RegExp(`^(${NUMBER_CORE})(\\s*%)?`);

function tokenize(step: string): Tok[] | null {
  const toks: Tok[] = [];
  let k = 0;
  while (k < step.length) {
    const c = step[k]!;
    if (c === ' ') {
      k++;
      continue;
    }
    const m = NUM.exec(step.slice(k));
    if (m) {
      const percent = Boolean(m[2]);
      const core = m[1]!;
      const v = interpretCore(core, percent);
      if (!v) return null;
      toks.push({ t: 'num', expr: { kind: 'num', value: v.value, text: m[0].trim(), percent, decimals: v.decimals } });
      k += m[0].length;
      continue;
    }
    if ('+-*/()'.includes(c)) {
      toks.push({ t: 'op', v: c });
      k++;
      continue;
    }
    if (c === '%') {
      k++;
      continue;
    }
    const w = /^(⟨[^⟩]*⟩|[A-Za-zΣ_][\w.]*|…|\.{2,}|\S)/.exec(step.slice(k));
    toks.push({ t: 'word', v: w ? w[0] : c });
    k += w ? w[0].length : 1;
  }
  return toks;
}

/** Recursive descent over + - * / ( ) with implicit multiplication between adjacent factors. */
function parseTokens(toks: Tok[]): Expr | null {
  let p = 0;
  const peek = () => toks[p];
  function primary(): Expr | null {
    const tk = peek();
    if (!tk) return null;
    if (tk.t === 'num') {
      p++;
      return tk.expr;
    }
    if (tk.t === 'op' && tk.v === '(') {
      p++;
      const e = sum();
      const close = peek();
      if (!close || close.t !== 'op' || close.v !== ')') return null;
      p++;
      return e;
    }
    if (tk.t === 'op' && tk.v === '-') {
      p++;
      const a = primary();
      return a ? { kind: 'neg', arg: a } : null;
    }
    return null;
  }
  function product(): Expr | null {
    let left = primary();
    if (!left) return null;
    for (;;) {
      const tk = peek();
      if (tk && tk.t === 'op' && (tk.v === '*' || tk.v === '/')) {
        p++;
        const right = primary();
        if (!right) return null;
        left = { kind: 'bin', op: tk.v as '*' | '/', left, right };
      } else break;
    }
    return left;
  }
  function sum(): Expr | null {
    let left = product();
    if (!left) return null;
    for (;;) {
      const tk = peek();
      if (tk && tk.t === 'op' && (tk.v === '+' || tk.v === '-')) {
        p++;
        const right = product();
        if (!right) return null;
        left = { kind: 'bin', op: tk.v as '+' | '-', left, right };
      } else break;
    }
    return left;
  }
  const e = sum();
  return e && p === toks.length ? e : null;
}

/** Parse one `=`-separated step; null if it contains words (a formula in words) or does not parse. */
export function parseStep(step: string): Expr | null {
  const toks = tokenize(step);
  if (!toks || toks.length === 0) return null;
  if (toks.some((t) => t.t === 'word')) return null;
  return parseTokens(toks);
}

export function evaluate(e: Expr): number {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'var':
      return Number.NaN;
    case 'neg':
      return -evaluate(e.arg);
    case 'bin': {
      const a = evaluate(e.left);
      const b = evaluate(e.right);
      if (e.op === '+') return a + b;
      if (e.op === '-') return a - b;
      if (e.op === '*') return a * b;
      return b === 0 ? Number.NaN : a / b;
    }
  }
}

/** LaTeX for an expression (`\frac{100\%}{90\%} \times 100\%`): one notation for formulas from any input. */
export function toLatex(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return e.text.replace(/\s*%$/, '\\%');
    case 'var':
      return e.name;
    case 'neg':
      return `-${toLatex(e.arg)}`;
    case 'bin':
      if (e.op === '/') return `\\frac{${toLatex(e.left)}}{${toLatex(e.right)}}`;
      return `${toLatex(e.left)} ${e.op === '*' ? '\\times' : e.op} ${toLatex(e.right)}`;
  }
}

/** Write an expression back in the report's own style (`100% / 90% × 100%`). */
export function show(e: Expr, top = true): string {
  switch (e.kind) {
    case 'num':
      return e.text;
    case 'var':
      return e.name;
    case 'neg':
      return `-${show(e.arg, false)}`;
    case 'bin': {
      const op = e.op === '*' ? '×' : e.op;
      const s = `${show(e.left, false)} ${op} ${show(e.right, false)}`;
      return top || e.op === '*' || e.op === '/' ? s : `(${s})`;
    }
  }
}

const LHS = /^\s*(?:⟨[^⟩]*⟩\s*)*([A-Za-z]|%|\\?%\s*⟨[^⟩]*⟩|[A-Za-z]\s*⟨[^⟩]*⟩)\s*$/;

export function parseFormula(written: string, notation: Formula['notation']): Formula {
  const { linear, emptyFraction } = notation === 'plain' ? { linear: latexToLinear(written).linear, emptyFraction: false } : latexToLinear(written);
  const parts = linear.split('=');
  let variable: string | undefined;
  let rhs = parts;
  if (parts.length > 1 && LHS.test(parts[0]!)) {
    variable = parts[0]!.replace(/⟨|⟩/g, '').trim();
    rhs = parts.slice(1);
  }
  const steps = rhs.map((p) => parseStep(p));
  return { written, notation, ...(variable ? { variable } : {}), steps, emptyFraction };
}

/** Does the expression contain a division (a fraction)? */
export function hasDivision(e: Expr): boolean {
  if (e.kind === 'bin') return e.op === '/' || hasDivision(e.left) || hasDivision(e.right);
  if (e.kind === 'neg') return hasDivision(e.arg);
  return false;
}

/** The first fraction in the expression, as [numerator, denominator]. */
export function firstFraction(e: Expr): [Expr, Expr] | null {
  if (e.kind === 'bin') {
    if (e.op === '/') return [e.left, e.right];
    return firstFraction(e.left) ?? firstFraction(e.right);
  }
  if (e.kind === 'neg') return firstFraction(e.arg);
  return null;
}
