/**
 * The playground page: the task pane (dist/, in an iframe, office.js replaced by the host double)
 * beside a grid of the double's workbook. The pane's frame asks this page for its seed workbook
 * and hands its double back (`window.__playground`); only JSON and primitive values cross frames.
 */
import type { PageDouble } from '../../test/e2e/double/pageApi';
import { download, openFile, sampleJson } from './files';
import { SheetGrid } from './grid';

interface PlaygroundBridge {
  seed(): string | undefined;
  attach(double: PageDouble): void;
}

declare global {
  interface Window {
    __playground?: PlaygroundBridge;
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`playground: no #${id}`);
  return el as T;
}

const pane = byId<HTMLIFrameElement>('pane');
const statusLine = byId<HTMLParagraphElement>('status');
const source = byId<HTMLSelectElement>('edit-source');
const fileName = byId<HTMLSpanElement>('file-name');

function status(message: string, error = false): void {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', error);
}

const grid = new SheetGrid({
  table: byId<HTMLTableElement>('grid'),
  scroll: byId('grid-scroll'),
  tabs: byId('sheet-tabs'),
  source: () => (source.value === 'Remote' ? 'Remote' : 'Local'),
  status,
});

let seed: string | undefined;
let double: PageDouble | undefined;
let revision = -1;

window.__playground = {
  seed: () => seed,
  attach(d) {
    double = d;
    revision = -1;
    grid.attach(d);
  },
};

/** Opens the pane on a workbook: like opening that file in Excel with the add-in. */
function openPane(json: string, name: string): void {
  seed = json;
  double = undefined;
  grid.attach(undefined);
  fileName.textContent = name;
  pane.src = `/pane/taskpane.html?t=${Date.now()}`;
}

// The add-in changes the workbook through the double: redraw when anything happened.
setInterval(() => {
  if (!double) return;
  const now = double.revision();
  if (now === revision) return;
  revision = now;
  grid.refresh();
}, 300);

async function run(what: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    status(`${what} failed: ${String((error as Error).message ?? error)}`, true);
  }
}

byId<HTMLInputElement>('open-file').addEventListener('change', (e) => {
  const input = e.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) void run(`Opening ${file.name}`, async () => openPane(await openFile(file), file.name));
});

byId('download').addEventListener('click', () => {
  const d = double;
  if (!d) return;
  const name = (fileName.textContent || 'workbook.xlsx').replace(/\.[^.]+$/, '');
  void run('Download', () => download(d.workbookJson(), `${name} (playground).xlsx`));
});

byId('load-sample').addEventListener('click', () => {
  void run('Loading the sample', async () => openPane(await sampleJson(), 'sample-register.xlsx'));
});

byId('restart-pane').addEventListener('click', () => {
  if (double) openPane(JSON.stringify(double.workbookJson()), fileName.textContent ?? '');
});

byId<HTMLSelectElement>('pane-width').addEventListener('change', (e) => {
  pane.style.width = `${(e.target as HTMLSelectElement).value}px`;
});

void run('Loading the sample', async () => openPane(await sampleJson(), 'sample-register.xlsx'));
