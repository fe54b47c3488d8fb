/**
 * Everything the scan report says, in Finnish, Swedish and English: check titles, what to fix,
 * and one message per note or finding code. Values come from the scanned site and are plain
 * text here; the HTML report escapes them.
 */
import type { Lang } from '../core/types.js';
import type { CheckId, CheckStatus, Note, PhaseName } from './types.js';

type Values = Readonly<Record<string, string | number>>;
type Message = (v: Values) => string;

export interface ReportTexts {
  title: string;
  verdict: Record<'pass' | 'warn' | 'fail' | 'error', string>;
  verdictText: Record<'pass' | 'warn' | 'fail' | 'error', string>;
  status: Record<CheckStatus, string>;
  phase: Record<PhaseName, string>;
  phaseText: Record<PhaseName, string>;
  check: Record<CheckId, string>;
  /** What the check means, in a sentence. */
  checkText: Record<CheckId, string>;
  /** What to do when the check fails or warns. */
  fix: Record<CheckId, string>;
  labels: {
    site: string;
    scanned: string;
    pages: string;
    page: string;
    violations: string;
    warnings: string;
    checks: string;
    evidence: string;
    whatToFix: string;
    perPhase: string;
    requests: string;
    cookies: string;
    storage: string;
    iframes: string;
    timeline: string;
    name: string;
    domain: string;
    service: string;
    category: string;
    expires: string;
    session: string;
    setBy: string;
    party: string;
    first: string;
    third: string;
    unknown: string;
    time: string;
    what: string;
    address: string;
    key: string;
    origin: string;
    none: string;
    notes: string;
    pressed: string;
    notScanned: string;
    seloste: string;
    otherBanner: string;
    noBanner: string;
    browser: string;
    duration: string;
    footer: string;
  };
  categories: Record<string, string>;
  messages: Record<string, Message>;
}

const en: ReportTexts = {
  title: 'Cookie scan',
  verdict: {
    pass: 'No problems found',
    warn: 'Worth a look',
    fail: 'Problems found',
    error: 'The scan could not run',
  },
  verdictText: {
    pass: 'Nothing tracked visitors before they agreed, refusing worked, and withdrawing consent cleared what accepting had set.',
    warn: 'Nothing broke the rules outright, but some things need your judgement. They are listed below.',
    fail: 'Something tracks visitors without their consent, or refusing does not work as it should. What was seen and what to fix is below.',
    error: 'No page of the site could be loaded. The reason is below.',
  },
  status: { pass: 'passed', fail: 'failed', warn: 'warning', skip: 'skipped' },
  phase: {
    firstVisit: 'First visit',
    reject: 'Reject all',
    accept: 'Accept all',
    withdraw: 'Withdrawal',
  },
  phaseText: {
    firstVisit: 'A new visitor opens the page and does nothing.',
    reject: 'A new visitor presses Reject all on the banner, then opens the page again.',
    accept: 'A new visitor presses Accept all.',
    withdraw: 'The same visitor then reopens the cookie settings and rejects.',
  },
  check: {
    'no-trackers-before-consent': 'Nothing tracks before consent',
    'no-trackers-after-reject': 'Nothing tracks after Reject all',
    'reject-on-first-layer': 'Reject is as easy as accept',
    'vendors-load-after-accept': 'Services load after Accept all',
    'withdrawal-clears': 'Withdrawing consent clears the cookies',
    'consent-default-first': "Google's consent default comes first",
    'cookies-declared': 'Every cookie is declared',
    'gated-scripts-inert': 'Held-back scripts wait for consent',
  },
  checkText: {
    'no-trackers-before-consent':
      'No request to a tracking, advertising, analytics or embed service, and none of their cookies or storage, before the visitor decides.',
    'no-trackers-after-reject': 'After Reject all, nothing of the kind on this page or the next.',
    'reject-on-first-layer':
      'The banner has a reject button beside accept, about as large and as easy to see.',
    'vendors-load-after-accept': 'After Accept all, each configured service loads, once.',
    'withdrawal-clears':
      "After withdrawal, the services' cookies are gone (on the site and on its parent domains) and nothing more is sent to them.",
    'consent-default-first':
      "Google's `consent default` is in dataLayer before any `config` or `event`.",
    'cookies-declared': "Every cookie seen is in the site's configuration or its privacy notice.",
    'gated-scripts-inert':
      'Scripts marked type="text/plain" did not run before consent, nor after Reject all.',
  },
  fix: {
    'no-trackers-before-consent':
      'Remove the hard-coded tags (gtag, pixel, embed) from your theme or plugins and let the consent tool load them; put videos and maps behind a click-to-load placeholder.',
    'no-trackers-after-reject':
      'Load these services only through the consent tool, so that a refusal keeps them off on every page.',
    'reject-on-first-layer':
      'Put a "Reject all" button on the first layer of the banner, next to "Accept all", with the same size and style.',
    'vendors-load-after-accept':
      'Check the service ids in your tag, and that no second copy of the same tag is on the page.',
    'withdrawal-clears':
      "Delete the services' cookies on withdrawal, on the host and on every parent domain (gtag.js writes to the registrable domain), and reload the page so no tag keeps running.",
    'consent-default-first':
      "Set `gtag('consent', 'default', …)` before any other Google tag command, as the first thing in the page's head.",
    'cookies-declared':
      'List these cookies in your privacy notice (the cookies section), or stop setting them.',
    'gated-scripts-inert':
      'Make sure only the consent tool turns these scripts on, and only for the category they belong to.',
  },
  labels: {
    site: 'Site',
    scanned: 'Scanned',
    pages: 'Pages',
    page: 'Page',
    violations: 'problems',
    warnings: 'warnings',
    checks: 'Checks',
    evidence: 'What was seen',
    whatToFix: 'What to fix',
    perPhase: 'What happened, step by step',
    requests: 'Requests to services',
    cookies: 'Cookies',
    storage: 'Browser storage',
    iframes: 'Embedded frames',
    timeline: 'Timeline',
    name: 'Name',
    domain: 'Domain',
    service: 'Service',
    category: 'Category',
    expires: 'Expires',
    session: 'end of session',
    setBy: 'Set by',
    party: 'Party',
    first: 'first',
    third: 'third',
    unknown: 'not in the catalogue',
    time: 'Time',
    what: 'What',
    address: 'Address',
    key: 'Key',
    origin: 'Origin',
    none: 'None.',
    notes: 'Notes',
    pressed: 'button pressed',
    notScanned: 'This page could not be scanned.',
    seloste: 'Seloste',
    otherBanner: 'a consent banner (not Seloste)',
    noBanner: 'no consent banner found',
    browser: 'Browser',
    duration: 'Duration',
    footer:
      'Made by seloste scan. The scan shows what one visit in one browser saw; it is not legal advice.',
  },
  categories: {
    analytics: 'analytics',
    marketing: 'marketing',
    functional: 'embeds and chat',
    necessary: 'necessary',
  },
  messages: {
    // Faults of a page or a phase.
    unreachable: (v) => `Could not connect to ${v.host} (${v.error}).`,
    'no-such-host': (v) => `There is no site at ${v.host}: the name does not resolve.`,
    tls: (v) =>
      `The secure connection to ${v.host} failed: its certificate or TLS setup is not valid (${v.error}).`,
    'redirect-loop': (v) => `${v.url} redirects in a loop and never arrives at a page.`,
    'page-timeout': (v) =>
      v.seconds
        ? `The page took longer than ${v.seconds} s; the scan went on without it.`
        : `The page did not answer in time: ${v.url}.`,
    'load-failed': (v) => `The page ${v.url} could not be loaded: ${v.error}.`,
    'left-site': (v) => `${v.url} leads to another site (${v.to}); it was not scanned.`,
    'http-status': (v) => `The page answered with HTTP status ${v.status}.`,
    'too-large': (v) => `The page's HTML is larger than ${v.limit} MB; it was not scanned.`,
    'large-page': (v) =>
      `The page is very large (${v.megabytes} MB), which slows every visitor down.`,
    'never-loaded': () => 'The page never finished loading; it was scanned as it was.',
    'never-settled': (v) =>
      `The page kept making requests for more than ${v.seconds} s; it was scanned as it was.`,
    'script-error': (v) => `A script of the page failed: ${v.error}`,
    'click-failed': (v) => `Pressing "${v.control}" did not work: ${v.error}`,
    'consent-mismatch': (v) =>
      `After "${v.button}", window.seloste.getConsent() says ${v.consent}.`,
    'no-reject-button': () => 'No reject button was found on the banner, so this step was skipped.',
    'no-accept-button': () => 'No accept button was found on the banner, so this step was skipped.',
    'no-settings-link': () =>
      'No visible link to reopen the cookie settings; the scan opened them with window.seloste.openSettings(). Add a "Cookie settings" link to the footer.',
    'no-settings-control': () =>
      'No link or button to reopen the cookie settings was found, so withdrawal could not be tried.',
    'no-withdraw-reject': () =>
      'The reopened settings had no reject button, so withdrawal could not be tried.',
    'notice-unreadable': (v) => `The privacy notice ${v.url} could not be read (${v.error}).`,
    'phase-did-not-run': () => 'This step did not run.',
    // Findings.
    request: (v) => `${v.vendor}: ${v.count} request(s), e.g. ${v.url}`,
    'tag-manager-request': (v) =>
      `${v.vendor} loaded (${v.url}). It is a container: what it loads is checked on its own, but it already tells Google the visitor's address.`,
    cookie: (v) => `Cookie ${v.name} on ${v.domain} (${v.vendor}).`,
    'unknown-cookie': (v) =>
      `Cookie ${v.name} on ${v.domain} is not in the catalogue: make sure it is necessary.`,
    storage: (v) => `Storage key ${v.key} on ${v.origin} (${v.vendor}).`,
    iframe: (v) => `Embedded ${v.vendor}: ${v.url}`,
    'no-banner': () => 'No consent banner was found (no accept or reject button by its name).',
    'no-reject-on-first-layer': (v) =>
      `The banner has "${v.accept}" but no reject button beside it.`,
    'reject-smaller': (v) =>
      `"${v.reject}" (${v.rejectSize} px) is much smaller than "${v.accept}" (${v.acceptSize} px).`,
    'reject-is-link': (v) => `"${v.reject}" is a link while "${v.accept}" is a button.`,
    'reject-low-contrast': (v) =>
      `"${v.reject}" has text contrast ${v.rejectContrast}:1, "${v.accept}" ${v.acceptContrast}:1.`,
    'reject-less-prominent': (v) => `"${v.accept}" is a filled button, "${v.reject}" is not.`,
    'controls-compared': (v) =>
      `"${v.accept}" ${v.acceptSize} px, contrast ${v.acceptContrast}:1; "${v.reject}" ${v.rejectSize} px, contrast ${v.rejectContrast}:1.`,
    'reject-found': (v) => `Reject button: "${v.reject}".`,
    'no-vendors-configured': () => 'No services are configured in the Seloste tag.',
    'vendor-not-loaded': (v) => `${v.vendor} did not load after Accept all (expected ${v.url}).`,
    'vendor-loaded-twice': (v) => `${v.vendor} loaded ${v.count} times (${v.url}).`,
    'vendor-loaded': (v) => `${v.vendor} loaded once (${v.url}).`,
    'nothing-loaded': () => 'No known service loaded after Accept all.',
    'third-party-cookie-left': (v) =>
      `Cookie ${v.name} on ${v.domain} (${v.vendor}) stays: it belongs to another site, which only the visitor can clear.`,
    'cookie-left': (v) => `Cookie ${v.name} (${v.vendor}) is still there on ${v.domain}.`,
    'cookie-left-parent': (v) =>
      `Cookie ${v.name} (${v.vendor}) is still there on the parent domain ${v.domain}.`,
    'request-after-withdrawal': (v) =>
      `${v.vendor}: ${v.count} request(s) after withdrawal, e.g. ${v.url}`,
    'storage-left': (v) => `Storage key ${v.key} (${v.vendor}) is still there on ${v.origin}.`,
    'no-consent-default': (v) =>
      `Google's tag got "${v.command} ${v.target}" with no consent default at all.`,
    'config-before-default': (v) => `"${v.command} ${v.target}" came before the consent default.`,
    'default-first': () => 'The consent default came first.',
    'no-google-tag': () => 'The page has no Google tag (no dataLayer commands).',
    'cookie-seen': (v) => `Cookie ${v.name} on ${v.domain}${v.vendor ? ` (${v.vendor})` : ''}.`,
    'not-seloste-no-cookies': () => 'No cookies were set.',
    'cookie-declared': (v) => `${v.name} on ${v.domain} is declared.`,
    'cookie-undeclared': (v) => `${v.name} on ${v.domain} (${v.vendor}) is not declared.`,
    'cookie-undeclared-unknown': (v) => `${v.name} on ${v.domain} is not declared.`,
    'no-cookies': () => 'No cookies were set.',
    'gated-ran': (v) =>
      `The held-back script ${v.script}${v.category ? ` (${v.category})` : ''} ran.`,
    'gated-held': (v) =>
      `${v.count} held-back script(s) waited; ${v.accepted} ran after Accept all.`,
    'no-gated-scripts': () => 'The page has no scripts marked type="text/plain".',
  },
};

const fi: ReportTexts = {
  title: 'Evästeskannaus',
  verdict: {
    pass: 'Ongelmia ei löytynyt',
    warn: 'Tarkista nämä',
    fail: 'Ongelmia löytyi',
    error: 'Skannaus ei onnistunut',
  },
  verdictText: {
    pass: 'Mikään ei seurannut kävijöitä ennen suostumusta, kieltäytyminen toimi, ja suostumuksen peruminen poisti sen, minkä hyväksyminen oli asettanut.',
    warn: 'Mikään ei suoraan rikkonut sääntöjä, mutta osa asioista vaatii harkintaasi. Ne on lueteltu alla.',
    fail: 'Jokin seuraa kävijöitä ilman heidän suostumustaan, tai kieltäytyminen ei toimi niin kuin pitäisi. Mitä nähtiin ja mitä korjata, on alla.',
    error: 'Yhtäkään sivuston sivua ei saatu ladattua. Syy on alla.',
  },
  status: { pass: 'kunnossa', fail: 'ongelma', warn: 'huomio', skip: 'ohitettu' },
  phase: {
    firstVisit: 'Ensikäynti',
    reject: 'Hylkää kaikki',
    accept: 'Hyväksy kaikki',
    withdraw: 'Peruminen',
  },
  phaseText: {
    firstVisit: 'Uusi kävijä avaa sivun eikä tee mitään.',
    reject: 'Uusi kävijä painaa bannerin Hylkää kaikki -painiketta ja avaa sivun uudelleen.',
    accept: 'Uusi kävijä painaa Hyväksy kaikki.',
    withdraw: 'Sama kävijä avaa evästeasetukset uudelleen ja hylkää.',
  },
  check: {
    'no-trackers-before-consent': 'Ei seurantaa ennen suostumusta',
    'no-trackers-after-reject': 'Ei seurantaa hylkäämisen jälkeen',
    'reject-on-first-layer': 'Hylkääminen on yhtä helppoa kuin hyväksyminen',
    'vendors-load-after-accept': 'Palvelut latautuvat hyväksymisen jälkeen',
    'withdrawal-clears': 'Suostumuksen peruminen poistaa evästeet',
    'consent-default-first': 'Googlen suostumusoletus tulee ensin',
    'cookies-declared': 'Jokainen eväste on kerrottu',
    'gated-scripts-inert': 'Pidätetyt skriptit odottavat suostumusta',
  },
  checkText: {
    'no-trackers-before-consent':
      'Ennen kävijän valintaa ei pyyntöjä seuranta-, mainonta-, analytiikka- tai upotuspalveluihin, eikä niiden evästeitä tai tallennuksia.',
    'no-trackers-after-reject':
      'Hylkää kaikki -valinnan jälkeen ei mitään näistä, ei tällä eikä seuraavalla sivulla.',
    'reject-on-first-layer':
      'Bannerissa on hylkäyspainike hyväksynnän vieressä, suunnilleen yhtä suuri ja yhtä näkyvä.',
    'vendors-load-after-accept':
      'Hyväksy kaikki -valinnan jälkeen jokainen määritetty palvelu latautuu, kerran.',
    'withdrawal-clears':
      'Perumisen jälkeen palvelujen evästeet ovat poissa (sivustolta ja sen ylätason verkkotunnuksilta), eikä niille lähetetä enää mitään.',
    'consent-default-first':
      'Googlen `consent default` on dataLayerissa ennen yhtään `config`- tai `event`-komentoa.',
    'cookies-declared': 'Jokainen nähty eväste on sivuston asetuksissa tai tietosuojaselosteessa.',
    'gated-scripts-inert':
      'type="text/plain"-merkityt skriptit eivät ajautuneet ennen suostumusta eivätkä hylkäämisen jälkeen.',
  },
  fix: {
    'no-trackers-before-consent':
      'Poista teemaan tai lisäosiin kovakoodatut tagit (gtag, pikseli, upotus) ja anna suostumustyökalun ladata ne; laita videot ja kartat klikkaa-ladataksesi-paikkamerkin taakse.',
    'no-trackers-after-reject':
      'Lataa nämä palvelut vain suostumustyökalun kautta, jotta kieltäytyminen pitää ne poissa jokaisella sivulla.',
    'reject-on-first-layer':
      'Lisää bannerin ensimmäiselle tasolle "Hylkää kaikki" -painike "Hyväksy kaikki" -painikkeen viereen, samankokoisena ja samannäköisenä.',
    'vendors-load-after-accept':
      'Tarkista palvelujen tunnukset tagissa, ja ettei sivulla ole samaa tagia kahdesti.',
    'withdrawal-clears':
      'Poista palvelujen evästeet perumisen yhteydessä sekä sivuston omalta nimeltä että jokaiselta ylätason verkkotunnukselta (gtag.js kirjoittaa rekisteröitävälle verkkotunnukselle), ja lataa sivu uudelleen, jottei mikään tagi jää käyntiin.',
    'consent-default-first':
      "Aseta `gtag('consent', 'default', …)` ennen muita Googlen tagin komentoja, sivun headin ensimmäiseksi.",
    'cookies-declared':
      'Lisää nämä evästeet tietosuojaselosteeseen (evästeosioon) tai lopeta niiden asettaminen.',
    'gated-scripts-inert':
      'Varmista, että vain suostumustyökalu käynnistää nämä skriptit, ja vain niiden omalle kategorialle annetulla suostumuksella.',
  },
  labels: {
    site: 'Sivusto',
    scanned: 'Skannattu',
    pages: 'Sivut',
    page: 'Sivu',
    violations: 'ongelmaa',
    warnings: 'huomiota',
    checks: 'Tarkistukset',
    evidence: 'Mitä nähtiin',
    whatToFix: 'Mitä korjata',
    perPhase: 'Mitä tapahtui, vaihe vaiheelta',
    requests: 'Pyynnöt palveluihin',
    cookies: 'Evästeet',
    storage: 'Selaimen tallennustila',
    iframes: 'Upotetut kehykset',
    timeline: 'Aikajana',
    name: 'Nimi',
    domain: 'Verkkotunnus',
    service: 'Palvelu',
    category: 'Kategoria',
    expires: 'Vanhenee',
    session: 'istunnon lopussa',
    setBy: 'Asettaja',
    party: 'Osapuoli',
    first: 'oma',
    third: 'kolmas',
    unknown: 'ei luettelossa',
    time: 'Aika',
    what: 'Mitä',
    address: 'Osoite',
    key: 'Avain',
    origin: 'Alkuperä',
    none: 'Ei mitään.',
    notes: 'Huomiot',
    pressed: 'painiketta painettu',
    notScanned: 'Tätä sivua ei voitu skannata.',
    seloste: 'Seloste',
    otherBanner: 'evästebanneri (ei Seloste)',
    noBanner: 'evästebanneria ei löytynyt',
    browser: 'Selain',
    duration: 'Kesto',
    footer:
      'Tehty seloste scan -komennolla. Skannaus kertoo, mitä yksi käynti yhdellä selaimella näki; se ei ole oikeudellinen neuvo.',
  },
  categories: {
    analytics: 'analytiikka',
    marketing: 'markkinointi',
    functional: 'upotukset ja chat',
    necessary: 'välttämätön',
  },
  messages: {
    unreachable: (v) => `Yhteyttä palvelimeen ${v.host} ei saatu (${v.error}).`,
    'no-such-host': (v) => `Osoitteessa ${v.host} ei ole sivustoa: nimeä ei löydy.`,
    tls: (v) =>
      `Suojattu yhteys palvelimeen ${v.host} epäonnistui: sen varmenne tai TLS-asetukset eivät kelpaa (${v.error}).`,
    'redirect-loop': (v) => `${v.url} ohjaa kehässä eikä päädy koskaan sivulle.`,
    'page-timeout': (v) =>
      v.seconds
        ? `Sivu kesti yli ${v.seconds} s; skannaus jatkoi ilman sitä.`
        : `Sivu ei vastannut ajoissa: ${v.url}.`,
    'load-failed': (v) => `Sivua ${v.url} ei saatu ladattua: ${v.error}.`,
    'left-site': (v) => `${v.url} vie toiselle sivustolle (${v.to}); sitä ei skannattu.`,
    'http-status': (v) => `Sivu vastasi HTTP-tilakoodilla ${v.status}.`,
    'too-large': (v) => `Sivun HTML on suurempi kuin ${v.limit} Mt; sitä ei skannattu.`,
    'large-page': (v) => `Sivu on hyvin suuri (${v.megabytes} Mt), mikä hidastaa jokaista kävijää.`,
    'never-loaded': () => 'Sivu ei koskaan latautunut loppuun; se skannattiin sellaisenaan.',
    'never-settled': (v) => `Sivu teki pyyntöjä yli ${v.seconds} s; se skannattiin sellaisenaan.`,
    'script-error': (v) => `Sivun skripti kaatui: ${v.error}`,
    'click-failed': (v) => `Painikkeen "${v.control}" painaminen ei onnistunut: ${v.error}`,
    'consent-mismatch': (v) =>
      `Painikkeen "${v.button}" jälkeen window.seloste.getConsent() kertoo ${v.consent}.`,
    'no-reject-button': () =>
      'Bannerista ei löytynyt hylkäyspainiketta, joten tämä vaihe ohitettiin.',
    'no-accept-button': () =>
      'Bannerista ei löytynyt hyväksymispainiketta, joten tämä vaihe ohitettiin.',
    'no-settings-link': () =>
      'Evästeasetusten avaamiseen ei ollut näkyvää linkkiä; skannaus avasi ne komennolla window.seloste.openSettings(). Lisää alatunnisteeseen "Evästeasetukset"-linkki.',
    'no-settings-control': () =>
      'Evästeasetusten uudelleen avaavaa linkkiä tai painiketta ei löytynyt, joten perumista ei voitu kokeilla.',
    'no-withdraw-reject': () =>
      'Uudelleen avatuissa asetuksissa ei ollut hylkäyspainiketta, joten perumista ei voitu kokeilla.',
    'notice-unreadable': (v) => `Tietosuojaselostetta ${v.url} ei voitu lukea (${v.error}).`,
    'phase-did-not-run': () => 'Tätä vaihetta ei ajettu.',
    request: (v) => `${v.vendor}: ${v.count} pyyntö(ä), esim. ${v.url}`,
    'tag-manager-request': (v) =>
      `${v.vendor} latautui (${v.url}). Se on säiliö: sen lataamat palvelut tarkistetaan erikseen, mutta jo se kertoo Googlelle kävijän osoitteen.`,
    cookie: (v) => `Eväste ${v.name} verkkotunnuksella ${v.domain} (${v.vendor}).`,
    'unknown-cookie': (v) =>
      `Eväste ${v.name} verkkotunnuksella ${v.domain} ei ole luettelossa: varmista, että se on välttämätön.`,
    storage: (v) => `Tallennusavain ${v.key} alkuperässä ${v.origin} (${v.vendor}).`,
    iframe: (v) => `Upotettu ${v.vendor}: ${v.url}`,
    'no-banner': () =>
      'Evästebanneria ei löytynyt (ei hyväksymis- eikä hylkäyspainiketta nimeltä).',
    'no-reject-on-first-layer': (v) =>
      `Bannerissa on "${v.accept}" mutta ei hylkäyspainiketta sen vieressä.`,
    'reject-smaller': (v) =>
      `"${v.reject}" (${v.rejectSize} px) on paljon pienempi kuin "${v.accept}" (${v.acceptSize} px).`,
    'reject-is-link': (v) => `"${v.reject}" on linkki, kun taas "${v.accept}" on painike.`,
    'reject-low-contrast': (v) =>
      `Painikkeen "${v.reject}" tekstin kontrasti on ${v.rejectContrast}:1, painikkeen "${v.accept}" ${v.acceptContrast}:1.`,
    'reject-less-prominent': (v) => `"${v.accept}" on täytetty painike, "${v.reject}" ei ole.`,
    'controls-compared': (v) =>
      `"${v.accept}" ${v.acceptSize} px, kontrasti ${v.acceptContrast}:1; "${v.reject}" ${v.rejectSize} px, kontrasti ${v.rejectContrast}:1.`,
    'reject-found': (v) => `Hylkäyspainike: "${v.reject}".`,
    'no-vendors-configured': () => 'Seloste-tagissa ei ole määritetty palveluja.',
    'vendor-not-loaded': (v) =>
      `${v.vendor} ei latautunut hyväksymisen jälkeen (odotettiin ${v.url}).`,
    'vendor-loaded-twice': (v) => `${v.vendor} latautui ${v.count} kertaa (${v.url}).`,
    'vendor-loaded': (v) => `${v.vendor} latautui kerran (${v.url}).`,
    'nothing-loaded': () => 'Mikään tunnettu palvelu ei latautunut hyväksymisen jälkeen.',
    'third-party-cookie-left': (v) =>
      `Eväste ${v.name} verkkotunnuksella ${v.domain} (${v.vendor}) jää: se kuuluu toiselle sivustolle, ja vain kävijä voi poistaa sen.`,
    'cookie-left': (v) => `Eväste ${v.name} (${v.vendor}) on yhä verkkotunnuksella ${v.domain}.`,
    'cookie-left-parent': (v) =>
      `Eväste ${v.name} (${v.vendor}) on yhä ylätason verkkotunnuksella ${v.domain}.`,
    'request-after-withdrawal': (v) =>
      `${v.vendor}: ${v.count} pyyntö(ä) perumisen jälkeen, esim. ${v.url}`,
    'storage-left': (v) => `Tallennusavain ${v.key} (${v.vendor}) on yhä alkuperässä ${v.origin}.`,
    'no-consent-default': (v) =>
      `Googlen tagi sai komennon "${v.command} ${v.target}" ilman suostumusoletusta.`,
    'config-before-default': (v) => `"${v.command} ${v.target}" tuli ennen suostumusoletusta.`,
    'default-first': () => 'Suostumusoletus tuli ensin.',
    'no-google-tag': () => 'Sivulla ei ole Googlen tagia (ei dataLayer-komentoja).',
    'cookie-seen': (v) =>
      `Eväste ${v.name} verkkotunnuksella ${v.domain}${v.vendor ? ` (${v.vendor})` : ''}.`,
    'not-seloste-no-cookies': () => 'Evästeitä ei asetettu.',
    'cookie-declared': (v) => `${v.name} (${v.domain}) on kerrottu.`,
    'cookie-undeclared': (v) => `${v.name} (${v.domain}, ${v.vendor}) ei ole kerrottu.`,
    'cookie-undeclared-unknown': (v) => `${v.name} (${v.domain}) ei ole kerrottu.`,
    'no-cookies': () => 'Evästeitä ei asetettu.',
    'gated-ran': (v) =>
      `Pidätetty skripti ${v.script}${v.category ? ` (${v.category})` : ''} ajautui.`,
    'gated-held': (v) =>
      `${v.count} pidätettyä skriptiä odotti; ${v.accepted} ajautui hyväksymisen jälkeen.`,
    'no-gated-scripts': () => 'Sivulla ei ole type="text/plain"-merkittyjä skriptejä.',
  },
};

const sv: ReportTexts = {
  title: 'Kakskanning',
  verdict: {
    pass: 'Inga problem hittades',
    warn: 'Värt att se över',
    fail: 'Problem hittades',
    error: 'Skanningen kunde inte göras',
  },
  verdictText: {
    pass: 'Ingenting spårade besökarna innan de samtyckte, att avvisa fungerade, och att återkalla samtycket tog bort det som godkännandet hade satt.',
    warn: 'Ingenting bröt direkt mot reglerna, men en del kräver din bedömning. Det finns listat nedan.',
    fail: 'Något spårar besökarna utan deras samtycke, eller så fungerar det inte att avvisa. Vad som sågs och vad som ska åtgärdas finns nedan.',
    error: 'Ingen sida på webbplatsen kunde laddas. Orsaken finns nedan.',
  },
  status: { pass: 'godkänd', fail: 'problem', warn: 'varning', skip: 'hoppades över' },
  phase: {
    firstVisit: 'Första besöket',
    reject: 'Avvisa alla',
    accept: 'Godkänn alla',
    withdraw: 'Återkallelse',
  },
  phaseText: {
    firstVisit: 'En ny besökare öppnar sidan och gör ingenting.',
    reject: 'En ny besökare trycker på Avvisa alla i bannern och öppnar sedan sidan igen.',
    accept: 'En ny besökare trycker på Godkänn alla.',
    withdraw: 'Samma besökare öppnar sedan kakinställningarna igen och avvisar.',
  },
  check: {
    'no-trackers-before-consent': 'Ingen spårning före samtycke',
    'no-trackers-after-reject': 'Ingen spårning efter Avvisa alla',
    'reject-on-first-layer': 'Att avvisa är lika lätt som att godkänna',
    'vendors-load-after-accept': 'Tjänsterna laddas efter Godkänn alla',
    'withdrawal-clears': 'Återkallat samtycke tar bort kakorna',
    'consent-default-first': 'Googles samtyckesstandard kommer först',
    'cookies-declared': 'Varje kaka är redovisad',
    'gated-scripts-inert': 'Vilande skript väntar på samtycke',
  },
  checkText: {
    'no-trackers-before-consent':
      'Inga anrop till spårnings-, reklam-, analys- eller inbäddningstjänster, och inga av deras kakor eller lagrade data, innan besökaren har valt.',
    'no-trackers-after-reject':
      'Efter Avvisa alla ingenting av detta, varken på den här sidan eller nästa.',
    'reject-on-first-layer':
      'Bannern har en knapp för att avvisa bredvid godkännandet, ungefär lika stor och lika synlig.',
    'vendors-load-after-accept': 'Efter Godkänn alla laddas varje konfigurerad tjänst, en gång.',
    'withdrawal-clears':
      'Efter återkallelsen är tjänsternas kakor borta (på webbplatsen och dess överordnade domäner) och ingenting mer skickas till dem.',
    'consent-default-first':
      'Googles `consent default` finns i dataLayer före varje `config` och `event`.',
    'cookies-declared':
      'Varje kaka som sågs finns i webbplatsens konfiguration eller dataskyddsbeskrivning.',
    'gated-scripts-inert':
      'Skript märkta type="text/plain" kördes inte före samtycke och inte efter Avvisa alla.',
  },
  fix: {
    'no-trackers-before-consent':
      'Ta bort hårdkodade taggar (gtag, pixel, inbäddning) från temat eller tilläggen och låt samtyckesverktyget ladda dem; lägg videor och kartor bakom en platshållare som laddar vid klick.',
    'no-trackers-after-reject':
      'Ladda dessa tjänster bara genom samtyckesverktyget, så att ett nej håller dem borta på varje sida.',
    'reject-on-first-layer':
      'Lägg en knapp "Avvisa alla" i bannerns första lager, bredvid "Godkänn alla", lika stor och i samma stil.',
    'vendors-load-after-accept':
      'Kontrollera tjänsternas id:n i taggen, och att samma tagg inte finns två gånger på sidan.',
    'withdrawal-clears':
      'Ta bort tjänsternas kakor vid återkallelse, på värden och på varje överordnad domän (gtag.js skriver på den registrerbara domänen), och ladda om sidan så att ingen tagg fortsätter att köra.',
    'consent-default-first':
      "Sätt `gtag('consent', 'default', …)` före alla andra kommandon till Googles tagg, allra först i sidans head.",
    'cookies-declared':
      'Lista dessa kakor i dataskyddsbeskrivningen (avsnittet om kakor), eller sluta sätta dem.',
    'gated-scripts-inert':
      'Se till att bara samtyckesverktyget sätter igång skripten, och bara för den kategori de hör till.',
  },
  labels: {
    site: 'Webbplats',
    scanned: 'Skannad',
    pages: 'Sidor',
    page: 'Sida',
    violations: 'problem',
    warnings: 'varningar',
    checks: 'Kontroller',
    evidence: 'Vad som sågs',
    whatToFix: 'Vad ska åtgärdas',
    perPhase: 'Vad som hände, steg för steg',
    requests: 'Anrop till tjänster',
    cookies: 'Kakor',
    storage: 'Webbläsarens lagring',
    iframes: 'Inbäddade ramar',
    timeline: 'Tidslinje',
    name: 'Namn',
    domain: 'Domän',
    service: 'Tjänst',
    category: 'Kategori',
    expires: 'Upphör',
    session: 'när sessionen slutar',
    setBy: 'Satt av',
    party: 'Part',
    first: 'egen',
    third: 'tredje',
    unknown: 'inte i katalogen',
    time: 'Tid',
    what: 'Vad',
    address: 'Adress',
    key: 'Nyckel',
    origin: 'Ursprung',
    none: 'Inga.',
    notes: 'Anmärkningar',
    pressed: 'knappen trycktes',
    notScanned: 'Den här sidan kunde inte skannas.',
    seloste: 'Seloste',
    otherBanner: 'en samtyckesbanner (inte Seloste)',
    noBanner: 'ingen samtyckesbanner hittades',
    browser: 'Webbläsare',
    duration: 'Tid',
    footer:
      'Gjord med seloste scan. Skanningen visar vad ett besök i en webbläsare såg; den är inte juridisk rådgivning.',
  },
  categories: {
    analytics: 'analys',
    marketing: 'marknadsföring',
    functional: 'inbäddningar och chatt',
    necessary: 'nödvändig',
  },
  messages: {
    unreachable: (v) => `Kunde inte ansluta till ${v.host} (${v.error}).`,
    'no-such-host': (v) => `Det finns ingen webbplats på ${v.host}: namnet hittas inte.`,
    tls: (v) =>
      `Den säkra anslutningen till ${v.host} misslyckades: certifikatet eller TLS-inställningarna är ogiltiga (${v.error}).`,
    'redirect-loop': (v) => `${v.url} omdirigerar i en slinga och kommer aldrig fram till en sida.`,
    'page-timeout': (v) =>
      v.seconds
        ? `Sidan tog längre än ${v.seconds} s; skanningen fortsatte utan den.`
        : `Sidan svarade inte i tid: ${v.url}.`,
    'load-failed': (v) => `Sidan ${v.url} kunde inte laddas: ${v.error}.`,
    'left-site': (v) => `${v.url} leder till en annan webbplats (${v.to}); den skannades inte.`,
    'http-status': (v) => `Sidan svarade med HTTP-status ${v.status}.`,
    'too-large': (v) => `Sidans HTML är större än ${v.limit} MB; den skannades inte.`,
    'large-page': (v) =>
      `Sidan är mycket stor (${v.megabytes} MB), vilket gör den långsam för varje besökare.`,
    'never-loaded': () => 'Sidan laddades aldrig klart; den skannades som den var.',
    'never-settled': (v) =>
      `Sidan fortsatte göra anrop i mer än ${v.seconds} s; den skannades som den var.`,
    'script-error': (v) => `Ett skript på sidan misslyckades: ${v.error}`,
    'click-failed': (v) => `Det gick inte att trycka på "${v.control}": ${v.error}`,
    'consent-mismatch': (v) =>
      `Efter "${v.button}" säger window.seloste.getConsent() ${v.consent}.`,
    'no-reject-button': () =>
      'Ingen knapp för att avvisa hittades i bannern, så detta steg hoppades över.',
    'no-accept-button': () =>
      'Ingen knapp för att godkänna hittades i bannern, så detta steg hoppades över.',
    'no-settings-link': () =>
      'Ingen synlig länk för att öppna kakinställningarna igen; skanningen öppnade dem med window.seloste.openSettings(). Lägg till en länk "Kakinställningar" i sidfoten.',
    'no-settings-control': () =>
      'Ingen länk eller knapp för att öppna kakinställningarna igen hittades, så återkallelsen kunde inte prövas.',
    'no-withdraw-reject': () =>
      'Inställningarna som öppnades igen hade ingen knapp för att avvisa, så återkallelsen kunde inte prövas.',
    'notice-unreadable': (v) => `Dataskyddsbeskrivningen ${v.url} kunde inte läsas (${v.error}).`,
    'phase-did-not-run': () => 'Detta steg kördes inte.',
    request: (v) => `${v.vendor}: ${v.count} anrop, t.ex. ${v.url}`,
    'tag-manager-request': (v) =>
      `${v.vendor} laddades (${v.url}). Den är en behållare: det den laddar kontrolleras för sig, men redan den ger Google besökarens adress.`,
    cookie: (v) => `Kakan ${v.name} på ${v.domain} (${v.vendor}).`,
    'unknown-cookie': (v) =>
      `Kakan ${v.name} på ${v.domain} finns inte i katalogen: kontrollera att den är nödvändig.`,
    storage: (v) => `Lagringsnyckeln ${v.key} på ${v.origin} (${v.vendor}).`,
    iframe: (v) => `Inbäddat ${v.vendor}: ${v.url}`,
    'no-banner': () =>
      'Ingen samtyckesbanner hittades (ingen knapp för att godkänna eller avvisa med känt namn).',
    'no-reject-on-first-layer': (v) =>
      `Bannern har "${v.accept}" men ingen knapp för att avvisa bredvid.`,
    'reject-smaller': (v) =>
      `"${v.reject}" (${v.rejectSize} px) är mycket mindre än "${v.accept}" (${v.acceptSize} px).`,
    'reject-is-link': (v) => `"${v.reject}" är en länk medan "${v.accept}" är en knapp.`,
    'reject-low-contrast': (v) =>
      `"${v.reject}" har textkontrasten ${v.rejectContrast}:1, "${v.accept}" ${v.acceptContrast}:1.`,
    'reject-less-prominent': (v) => `"${v.accept}" är en fylld knapp, "${v.reject}" är det inte.`,
    'controls-compared': (v) =>
      `"${v.accept}" ${v.acceptSize} px, kontrast ${v.acceptContrast}:1; "${v.reject}" ${v.rejectSize} px, kontrast ${v.rejectContrast}:1.`,
    'reject-found': (v) => `Knapp för att avvisa: "${v.reject}".`,
    'no-vendors-configured': () => 'Inga tjänster är konfigurerade i Seloste-taggen.',
    'vendor-not-loaded': (v) => `${v.vendor} laddades inte efter Godkänn alla (väntade ${v.url}).`,
    'vendor-loaded-twice': (v) => `${v.vendor} laddades ${v.count} gånger (${v.url}).`,
    'vendor-loaded': (v) => `${v.vendor} laddades en gång (${v.url}).`,
    'nothing-loaded': () => 'Ingen känd tjänst laddades efter Godkänn alla.',
    'third-party-cookie-left': (v) =>
      `Kakan ${v.name} på ${v.domain} (${v.vendor}) finns kvar: den hör till en annan webbplats, och bara besökaren kan ta bort den.`,
    'cookie-left': (v) => `Kakan ${v.name} (${v.vendor}) finns kvar på ${v.domain}.`,
    'cookie-left-parent': (v) =>
      `Kakan ${v.name} (${v.vendor}) finns kvar på den överordnade domänen ${v.domain}.`,
    'request-after-withdrawal': (v) =>
      `${v.vendor}: ${v.count} anrop efter återkallelsen, t.ex. ${v.url}`,
    'storage-left': (v) => `Lagringsnyckeln ${v.key} (${v.vendor}) finns kvar på ${v.origin}.`,
    'no-consent-default': (v) =>
      `Googles tagg fick "${v.command} ${v.target}" utan någon samtyckesstandard alls.`,
    'config-before-default': (v) => `"${v.command} ${v.target}" kom före samtyckesstandarden.`,
    'default-first': () => 'Samtyckesstandarden kom först.',
    'no-google-tag': () => 'Sidan har ingen Google-tagg (inga dataLayer-kommandon).',
    'cookie-seen': (v) => `Kakan ${v.name} på ${v.domain}${v.vendor ? ` (${v.vendor})` : ''}.`,
    'not-seloste-no-cookies': () => 'Inga kakor sattes.',
    'cookie-declared': (v) => `${v.name} på ${v.domain} är redovisad.`,
    'cookie-undeclared': (v) => `${v.name} på ${v.domain} (${v.vendor}) är inte redovisad.`,
    'cookie-undeclared-unknown': (v) => `${v.name} på ${v.domain} är inte redovisad.`,
    'no-cookies': () => 'Inga kakor sattes.',
    'gated-ran': (v) =>
      `Det vilande skriptet ${v.script}${v.category ? ` (${v.category})` : ''} kördes.`,
    'gated-held': (v) =>
      `${v.count} vilande skript väntade; ${v.accepted} kördes efter Godkänn alla.`,
    'no-gated-scripts': () => 'Sidan har inga skript märkta type="text/plain".',
  },
};

export const REPORT_TEXTS: Record<Lang, ReportTexts> = { fi, sv, en };

/**
 * A note or finding in words. An unknown code (from a newer Seloste, say) is shown as itself.
 *
 * @example
 * describe({ code: 'http-status', values: { status: 404 } }, 'en') // 'The page answered with HTTP status 404.'
 */
export function describe(note: Note, lang: Lang): string {
  const message = REPORT_TEXTS[lang].messages[note.code];
  return message ? message(note.values ?? {}) : `${note.code} ${JSON.stringify(note.values ?? {})}`;
}
