/**
 * The marker pass over word/document.xml (markDocumentXml): what it leaves for mammoth, on small
 * hand-written bodies, including the malformed ones that used to cost it quadratic time.
 */
import { describe, expect, it } from 'vitest';
import { markDocumentXml } from '../src/parse/docx.js';

const p = (text: string, props = '') => `<w:p>${props}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const markers = (xml: string) => [...xml.matchAll(/⟦[^⟧]*⟧/g)].map((m) => m[0]);

describe('markDocumentXml', () => {
  it('leaves empty body paragraphs out but counts them, so the paragraph numbers stay Word’s', () => {
    const { xml } = markDocumentXml(`<w:body>${p('satu')}<w:p></w:p><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p><w:p/>${p('dua', '<w:pPr><w:jc w:val="left"/></w:pPr>')}</w:body>`);
    expect(markers(xml)).toEqual(['⟦P 0⟧', '⟦P 4⟧']);
    expect(xml).not.toContain('<w:p></w:p>');
    // The marker goes after the paragraph's properties.
    expect(xml).toContain('<w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">⟦P 4⟧');
  });
  it('keeps an empty numbered paragraph (Word shows its number) and one that only breaks the page', () => {
    const { xml } = markDocumentXml(`<w:body><w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:p><w:p><w:r><w:br w:type="page"/></w:r></w:p></w:body>`);
    expect(markers(xml)).toEqual(['⟦P 0⟧', '⟦P 1⟧', '⟦PB⟧']);
  });
  it('converts the equations that close and leaves an unclosed one alone', () => {
    const eq = '<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>';
    const { xml, equations } = markDocumentXml(`<w:body><w:p>${eq}</w:p><w:p><m:oMathPara>${eq}</m:oMathPara></w:p><w:p>${'<m:oMath>'.repeat(1000)}</w:p></w:body>`);
    expect(equations).toHaveLength(2);
    expect(markers(xml)).toEqual(['⟦P 0⟧', '⟦EQ 1⟧', '⟦P 1⟧', '⟦EQ 0 D⟧', '⟦P 2⟧']);
    expect(xml.split('<m:oMath>').length - 1).toBe(1000);
  });
  it('reads a page break whatever the order of its attributes, and not a line break', () => {
    const { xml } = markDocumentXml(`<w:body><w:p><w:r><w:br w:type="page" w:clear="all"/><w:t>a</w:t><w:br/><w:lastRenderedPageBreak/></w:r></w:p></w:body>`);
    expect(markers(xml)).toEqual(['⟦P 0⟧', '⟦PB⟧', '⟦PB⟧']);
    expect(xml).toContain('<w:br/>');
  });
});
