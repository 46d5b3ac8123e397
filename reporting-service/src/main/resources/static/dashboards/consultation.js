'use strict';
// The report authors' page: a consultation's figures from the JSON API, fetched again whenever the stream says so.
(() => {
  const id = decodeURIComponent(location.pathname.split('/').pop());
  const api = '/api/v1/consultations/' + encodeURIComponent(id);
  const byId = name => document.getElementById(name);
  const select = byId('theme-question');
  const quoteTheme = byId('quote-theme');
  let latest = null;

  function label(question) {
    return 'Q' + question.number;
  }

  function render(figures) {
    latest = figures;
    document.title = figures.title + ': figures';
    byId('title').textContent = figures.title;
    byId('as-of').textContent = figures.asOf ? new Date(figures.asOf).toLocaleString('en-GB') : 'no responses yet';
    byId('responses').textContent = figures.responses;
    byId('organisations').textContent = figures.byRespondentType.organisation;
    byId('individuals').textContent = figures.byRespondentType.individual;
    byId('late').textContent = figures.late;
    byId('campaign-responses').textContent = figures.campaignResponses;

    dashboards.rows(byId('questions').tBodies[0], figures.questions.map(q => [label(q) + ' ' + q.text, q.responses,
      q.organisations.responses, q.organisations.agreePercent, q.organisations.disagreePercent,
      q.organisations.notSurePercent, q.individuals.responses, q.individuals.agreePercent,
      q.individuals.disagreePercent, q.individuals.notSurePercent]));

    const closed = figures.questions.filter(q => q.kind === 'closed');
    const positions = closed.flatMap(q => [[label(q) + ' organisations', q.organisations],
      [label(q) + ' individuals', q.individuals]]);
    dashboards.rows(byId('positions').tBodies[0], positions.map(([name, r]) => [name, r.agree, r.disagree, r.notSure]));
    dashboards.bars(byId('positions-chart'), positions.map(([name]) => name), [
      {label: 'Agree', data: positions.map(([, r]) => r.agree)},
      {label: 'Disagree', data: positions.map(([, r]) => r.disagree)},
      {label: 'Not sure', data: positions.map(([, r]) => r.notSure)}], {stacked: true});

    if (select.options.length === 0) {
      figures.questions.forEach(q => select.add(new Option(label(q) + ' ' + q.text, q.questionId)));
    }
    renderThemes();
    document.body.dataset.asOf = figures.asOf || '';
  }

  function chosenQuestion() {
    return latest.questions.find(q => q.questionId === select.value) || latest.questions[0];
  }

  function renderThemes() {
    const question = chosenQuestion();
    const themes = question.themes;
    byId('no-themes').hidden = themes.length > 0;
    dashboards.rows(byId('themes').tBodies[0], themes.map(t => [t.label, t.organisations, t.individuals, t.responses]));
    dashboards.bars(byId('themes-chart'), themes.map(t => t.label), [
      {label: 'Organisations', data: themes.map(t => t.organisations)},
      {label: 'Individuals', data: themes.map(t => t.individuals)}], {stacked: true, horizontal: true});
    const chosen = quoteTheme.value;
    quoteTheme.replaceChildren(...themes.map(t => new Option(t.label, t.code)));
    if (themes.some(t => t.code === chosen)) {
      quoteTheme.value = chosen;
    }
    renderQuotes();
  }

  /** The drill-down from a theme's count to a few of the sentences that raised it. */
  function renderQuotes() {
    const list = byId('quotes');
    if (!quoteTheme.value) {
      list.replaceChildren();
      return;
    }
    dashboards.json(api + '/questions/' + encodeURIComponent(chosenQuestion().questionId) + '/themes/'
        + encodeURIComponent(quoteTheme.value) + '/quotes')
      .then(found => list.replaceChildren(...found.quotes.map(quote => {
        const item = document.createElement('li');
        item.textContent = quote;
        return item;
      })))
      .catch(dashboards.report);
  }

  select.addEventListener('change', renderThemes);
  quoteTheme.addEventListener('change', renderQuotes);
  dashboards.live(api + '/figures/stream', byId('live-status'),
    () => dashboards.json(api + '/figures').then(render));
})();
