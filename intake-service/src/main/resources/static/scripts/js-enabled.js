// GOV.UK Frontend's "JavaScript is on" classes, set before the page is drawn. Loaded from a file rather than inline,
// because the content security policy refuses inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
