/**
 * Offers text as a file download from the pane: a Blob, an object URL and a click on a temporary
 * link with `download`. The URL is revoked once the click has been handled.
 *
 * @example downloadText('plan.ics', text, 'text/calendar')
 */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
