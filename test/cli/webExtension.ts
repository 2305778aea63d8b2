/**
 * Writes an add-in's document settings into an .xlsx the way Office does: a task-pane web extension
 * part (xl/webextensions/webextension1.xml) with one <we:property> per setting whose value is the
 * setting as JSON, the taskpanes part that references it, their relationships and content types —
 * the layout of the real workbooks in ../shared/corpus (risk-register-merged-header.xlsx).
 */
import JSZip from 'jszip';

const WE = 'http://schemas.microsoft.com/office/webextensions/webextension/2010/11';
const WETP = 'http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function xmlAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A copy of `xlsx` carrying `settings` as the document settings of a task-pane add-in. */
export async function withAddinSettings(xlsx: Buffer, settings: Record<string, unknown>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const properties = Object.entries(settings)
    .map(
      ([name, value]) => `<we:property name="${xmlAttr(name)}" value="${xmlAttr(JSON.stringify(value))}"/>`,
    )
    .join('');
  zip.file(
    'xl/webextensions/webextension1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="${WE}" id="{6F1C5E2A-3B7D-4C8E-9A0F-1D2E3F4A5B6C}">` +
      '<we:reference id="6f1c5e2a-3b7d-4c8e-9a0f-1d2e3f4a5b6c" version="0.1.0.0" store="developer" storeType="Registry"/>' +
      `<we:alternateReferences/><we:properties>${properties}</we:properties><we:bindings/>` +
      `<we:snapshot xmlns:r="${R}"/></we:webextension>`,
  );
  zip.file(
    'xl/webextensions/taskpanes.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${WETP}">` +
      `<wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="${R}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  zip.file(
    'xl/webextensions/_rels/taskpanes.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>',
  );
  const rels = await zip.file('_rels/.rels')!.async('string');
  zip.file(
    '_rels/.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdWe1" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>',
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>' +
        '<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
