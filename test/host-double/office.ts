/**
 * The `Office` namespace the add-in touches: `onReady`, requirement sets, document settings
 * (persisted in the workbook model), `Office.addin` visibility and ribbon `Office.actions`.
 * Everything is recorded in `OfficeState` so tests can assert on it.
 */
import { officeEnums } from './enums';
import type { WorkbookModel } from './model';
import { guard } from './proxy';

export type Platform = 'PC' | 'OfficeOnline' | 'Mac';

export interface CommandEvent {
  source: { id: string };
  completed(options?: { allowEvent?: boolean }): void;
}

export interface OfficeState {
  /** `Office.addin` calls in order: `'showAsTaskpane'`, `'hide'`, `'setStartupBehavior:Load'`, … */
  addinCalls: string[];
  taskpaneVisibility: 'Taskpane' | 'Hidden';
  visibilityHandlers: Set<(message: { visibilityMode: string }) => void>;
  startupBehavior: 'None' | 'Load';
  /** Functions registered with `Office.actions.associate`. */
  actions: Map<string, (event: CommandEvent) => unknown>;
  /** Every `event.completed()` call made by a ribbon command. */
  completions: { id: string; options?: { allowEvent?: boolean } }[];
  failNextSettingsSave: unknown;
  settingsSaves: number;
}

export function newOfficeState(): OfficeState {
  return {
    addinCalls: [],
    taskpaneVisibility: 'Taskpane',
    visibilityHandlers: new Set(),
    startupBehavior: 'None',
    actions: new Map(),
    completions: [],
    failNextSettingsSave: undefined,
    settingsSaves: 0,
  };
}

/** `'1.12'` ≥ `'1.9'`, numerically per part. */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export interface OfficeDeps {
  model: () => WorkbookModel;
  platform: Platform;
  supports(set: string, version: string): boolean;
  state: OfficeState;
  /** `Office.context.officeTheme` (Office's colours); absent unless given, as on hosts without it. */
  officeTheme?: OfficeTheme;
}

/** The colours Office reports for its theme (`Office.context.officeTheme`, `#rrggbb`). */
export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

const later = globalThis.setTimeout?.bind(globalThis);
const cancel = globalThis.clearTimeout?.bind(globalThis);

function asyncResult(status: 'succeeded' | 'failed', value: unknown, error: unknown, asyncContext: unknown) {
  return { status, value, error, asyncContext, diagnostics: undefined };
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

type Callback = (result: ReturnType<typeof asyncResult>) => void;

function splitAsyncArgs(args: unknown[]): { options: Record<string, unknown>; callback?: Callback } {
  const callback = args.find((a) => typeof a === 'function') as Callback | undefined;
  const options = (args.find((a) => a && typeof a === 'object') ?? {}) as Record<string, unknown>;
  return { options, callback };
}

function createSettings(deps: OfficeDeps): object {
  // The add-in works on its own copy, loaded when Office initialised; saveAsync persists it.
  let local: Record<string, unknown> = clone(deps.model().settings);
  const settings = {
    get(name: string): unknown {
      return Object.prototype.hasOwnProperty.call(local, name) ? clone(local[name]) : null;
    },
    set(name: string, value: unknown): void {
      if (typeof name !== 'string' || name === '')
        throw new Error('Office.context.document.settings.set: invalid name');
      local[name] = clone(value);
    },
    remove(name: string): void {
      delete local[name];
    },
    saveAsync(...args: unknown[]): void {
      const { options, callback } = splitAsyncArgs(args);
      const failure = deps.state.failNextSettingsSave;
      deps.state.failNextSettingsSave = undefined;
      if (failure === undefined) {
        deps.model().settings = clone(local);
        deps.state.settingsSaves += 1;
      }
      const result =
        failure === undefined
          ? asyncResult('succeeded', undefined, null, options.asyncContext)
          : asyncResult('failed', undefined, failure, options.asyncContext);
      void Promise.resolve().then(() => callback?.(result));
    },
    refreshAsync(...args: unknown[]): void {
      const { options, callback } = splitAsyncArgs(args);
      local = clone(deps.model().settings);
      void Promise.resolve().then(() =>
        callback?.(asyncResult('succeeded', settings, null, options.asyncContext)),
      );
    },
  };
  return guard(settings, 'Office.Settings');
}

function createAddin(deps: OfficeDeps): object {
  const { state } = deps;
  const shared = (what: string): void => {
    if (!deps.supports('SharedRuntime', '1.1')) {
      throw Object.assign(new Error(`${what} requires the SharedRuntime 1.1 requirement set`), {
        code: 'ApiNotFound',
      });
    }
  };
  const setVisibility = (mode: 'Taskpane' | 'Hidden') => {
    const changed = state.taskpaneVisibility !== mode;
    state.taskpaneVisibility = mode;
    if (changed) for (const h of state.visibilityHandlers) h({ visibilityMode: mode });
  };
  return guard(
    {
      async showAsTaskpane(): Promise<void> {
        shared('Office.addin.showAsTaskpane');
        state.addinCalls.push('showAsTaskpane');
        setVisibility('Taskpane');
      },
      async hide(): Promise<void> {
        shared('Office.addin.hide');
        state.addinCalls.push('hide');
        setVisibility('Hidden');
      },
      async onVisibilityModeChanged(
        handler: (m: { visibilityMode: string }) => void,
      ): Promise<() => Promise<void>> {
        shared('Office.addin.onVisibilityModeChanged');
        state.addinCalls.push('onVisibilityModeChanged');
        state.visibilityHandlers.add(handler);
        return async () => {
          state.visibilityHandlers.delete(handler);
        };
      },
      async getStartupBehavior(): Promise<string> {
        shared('Office.addin.getStartupBehavior');
        return state.startupBehavior;
      },
      async setStartupBehavior(behavior: 'None' | 'Load'): Promise<void> {
        shared('Office.addin.setStartupBehavior');
        if (behavior !== 'None' && behavior !== 'Load')
          throw new Error(`invalid startup behavior ${String(behavior)}`);
        state.addinCalls.push(`setStartupBehavior:${behavior}`);
        state.startupBehavior = behavior;
      },
    },
    'Office.addin',
  );
}

/** Builds the `Office` global. */
export function createOffice(deps: OfficeDeps): object {
  const info = { host: 'Excel', platform: deps.platform };
  const context = guard(
    {
      host: 'Excel',
      platform: deps.platform,
      displayLanguage: 'en-US',
      contentLanguage: 'en-US',
      diagnostics: { host: 'Excel', platform: deps.platform, version: '16.0.0.0' },
      requirements: guard(
        {
          isSetSupported: (name: string, minVersion?: string | number): boolean =>
            deps.supports(name, minVersion === undefined ? '1.1' : String(minVersion)),
        },
        'Office.context.requirements',
      ),
      document: guard({ settings: createSettings(deps) }, 'Office.context.document'),
      ...(deps.officeTheme ? { officeTheme: { ...deps.officeTheme } } : {}),
    },
    'Office.context',
  );
  const office = {
    ...officeEnums,
    context,
    addin: createAddin(deps),
    actions: guard(
      {
        associate(actionId: string, fn: (event: CommandEvent) => unknown): void {
          if (typeof actionId !== 'string' || typeof fn !== 'function')
            throw new Error('Office.actions.associate(id, fn)');
          deps.state.actions.set(actionId, fn);
        },
      },
      'Office.actions',
    ),
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.({ ...info });
        return { ...info };
      });
    },
  };
  return guard(office, 'Office');
}

/** Runs a ribbon command like Office does; resolves once it calls `event.completed()`. */
export function invokeCommand(state: OfficeState, id: string, timeoutMs: number): Promise<void> {
  const fn = state.actions.get(id);
  if (!fn) return Promise.reject(new Error(`no function associated with ribbon action '${id}'`));
  return new Promise<void>((resolve, reject) => {
    let thrown: unknown;
    let done = false;
    const timer = later?.(() => {
      if (done) return;
      done = true;
      const why = thrown === undefined ? '' : `; it threw: ${String(thrown)}`;
      reject(new Error(`ribbon command '${id}' did not call event.completed() within ${timeoutMs} ms${why}`));
    }, timeoutMs);
    const event: CommandEvent = {
      source: { id },
      completed(options) {
        state.completions.push({ id, options });
        if (done) return;
        done = true;
        if (timer !== undefined) cancel?.(timer);
        resolve();
      },
    };
    try {
      const out = fn(event);
      if (out && typeof (out as Promise<unknown>).catch === 'function') {
        (out as Promise<unknown>).catch((e: unknown) => {
          thrown = e;
        });
      }
    } catch (e) {
      thrown = e;
    }
  });
}
