// The shop's own analytics script, gated with data-seloste-category="analytics": it runs only
// after the visitor allows analytics.
document.documentElement.dataset.analyticsScript = 'ran';
