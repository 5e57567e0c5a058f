/**
 * `storage="consent"`: whether the page's consent state allows functional storage, read from the tools sites
 * use, and watched so that a change takes effect at once:
 *
 * - Google Consent Mode v2: the last `gtag('consent', 'default' | 'update', {…})` command in `window.dataLayer`
 *   (an `arguments` object) that sets `functionality_storage` or `personalization_storage`: either `granted`
 *   allows it. The last `update` decides; without one, the last `default`, unless a `default` for a `region`
 *   denies: the widget does not know the visitor's region, so a regional denial holds (Google applies a
 *   region's default over the global one).
 * - The WordPress Consent API: `wp_has_consent('functional')`, read again on `wp_listen_for_consent_change`; unknown
 *   while the API waits for the consent type (`waitfor_consent_hook`, until `wp_consent_type_defined`), since it
 *   answers yes until then.
 * - IAB TCF v2: `__tcfapi('addEventListener', 2, …)`: purpose 1 (store and/or access information on a device),
 *   or `gdprApplies === false`.
 *
 * Allowed when one of them allows it and none refuses it (a visitor's "no" in any tool holds). A tool that throws
 * or answers with the wrong type (a `wp_has_consent` that is no function, a `tcData` without `purpose`) warns
 * once and refuses, for as long as it fails; nothing reaches the page. From allowed to not, and on the first
 * reading of a page view that finds a choice refused (a Consent Mode `update`, a tool's "no"; not a mere
 * `default`, which a consenting visitor's tool updates a moment later): the widget's stored record is deleted,
 * so consent withdrawn on another page is honoured here too.
 *
 * Consent Mode updates are noticed by wrapping `dataLayer.push`, chaining to the push it found, which is what
 * Tag Manager itself does when it loads (its wrapper calls the push it replaced), so ours keeps being called
 * whichever of the two comes first. The array is also read again, from its end, at every
 * moment the widget reads or writes its memory (a few microseconds), and the wrapper is put back if a script
 * replaced `push` or the whole array: so a write never goes out on a stale state, whatever the page did to
 * `dataLayer`.
 */
import { warnOnce } from './log.js';
import { forget } from './promo-memory.js';

/** Allowed, refused (by a choice), refused by a `default` only (0: no choice yet), or not said. */
type Verdict = boolean | 0 | undefined;
type TcData = { gdprApplies?: unknown; purpose: { consents: unknown[] } };
type Host = {
  dataLayer?: unknown[];
  wp_has_consent?: (category: string) => unknown;
  waitfor_consent_hook?: unknown;
  wp_consent_type?: unknown;
  __tcfapi?: (command: string, version: number, callback: (data: TcData, success: unknown) => void) => void;
};
type Settings = { functionality_storage?: unknown; personalization_storage?: unknown; region?: unknown };

/** The elements with `storage="consent"`, updated when the verdict changes. */
export const consentWatchers = new Set<{ requestUpdate(): void }>();

let granted = false;
/** A choice refused at the last reading: its record is deleted when one is first found. */
let refused = false;
/** The `__tcfapi` listened to, and what it last answered (`false`: an unsuccessful call, a refusal). */
let tcfApi: unknown;
let tcData: TcData | false | undefined;
/** Our `push` on `dataLayer`. */
let wrapper: unknown;

/** The last consent command that says anything of functional storage: is it granted? */
function consentMode(host: Host): Verdict {
  // Created if absent (as `datalayer` does), so that a gtag snippet loaded later reuses it, wrapper and all.
  const list = (host.dataLayer ??= []);
  if (list.push !== wrapper) {
    const push = list.push;
    list.push = wrapper = function (this: unknown, ...entries: unknown[]) {
      const result = push.apply(this, entries);
      consentGiven();
      return result;
    };
  }
  let global: boolean | undefined;
  let regionDenied = false;
  // From the end: the last `update` found decides at once.
  for (let index = list.length; index--;) {
    const entry = list[index] as { 0?: unknown; 1?: unknown; 2?: Settings } | undefined;
    const settings = entry?.[2];
    // `default` and `update` are gtag's only consent commands; only a `default` has a `region`.
    if (entry?.[0] !== 'consent' || !settings) continue;
    const values = [settings.functionality_storage, settings.personalization_storage];
    if (!values.some(Boolean)) continue;
    const allowed = values.includes('granted');
    if (entry[1] == 'update') return allowed;
    if (settings.region) regionDenied ||= !allowed;
    else global ??= allowed;
  }
  // A denial, global or regional, is a refusal by a `default` only (0); else the global default, or nothing said.
  return regionDenied || global === false ? 0 : global;
}

/**
 * Whether the page's consent state allows the widget to store now: reads every tool again (and starts listening
 * to any that appeared since); on a change, deletes the record if consent was withdrawn, and updates the elements.
 * Never throws: every call into a tool, and every reading of what it answered, is inside the one `try`.
 */
export function consentGiven(): boolean {
  const host = window as Host;
  let now = false;
  // Added once however often it is called: the same listener is not added twice.
  document.addEventListener('wp_listen_for_consent_change', consentGiven);
  document.addEventListener('wp_consent_type_defined', consentGiven);
  try {
    // A TCF tool may load after the widget: looked for again at each reading.
    const api = host.__tcfapi;
    if (api && api !== tcfApi) {
      tcfApi = api;
      api('addEventListener', 2, (data, success) => {
        tcData = (success && data) as typeof tcData;
        consentGiven();
      });
    }
    const verdicts = [
      consentMode(host),
      host.wp_has_consent &&
        (host.waitfor_consent_hook && host.wp_consent_type === undefined
          ? undefined
          : host.wp_has_consent('functional') === true),
      tcData && (tcData.gdprApplies === false || tcData.purpose.consents[1] === true),
    ];
    now = verdicts.includes(true) && !verdicts.includes(false) && !verdicts.includes(0);
    if (verdicts.includes(false) && !refused) forget();
    refused = verdicts.includes(false);
  } catch (error) {
    warnOnce('consent', `storage="consent": ${String(error)}; nothing is stored`);
  }
  if (now !== granted) {
    if (granted) forget();
    granted = now;
    consentWatchers.forEach((element) => element.requestUpdate());
  }
  return now;
}
