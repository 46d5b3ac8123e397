'use strict';
// Shared by both dashboards: tables written as text (never HTML), Chart.js charts, and the live figure stream.
const dashboards = (() => {
  const COLOURS = ['#1d70b8', '#d4351c', '#b1b4b6', '#00703c', '#f47738', '#4c2c92', '#28a197'];

  /** A fetch the API refused or failed; status 401 and 403 are about sign-in and role. */
  class Refused extends Error {
    constructor(url, status) {
      super(url + ' answered ' + status);
      this.status = status;
    }
  }

  async function json(url) {
    const response = await fetch(url, {headers: {Accept: 'application/json'}});
    if (!response.ok) {
      throw new Refused(url, response.status);
    }
    return response.json();
  }

  /** Says on the page, in words, why it cannot show figures (none: all is well); what it last showed stays. */
  function report(error) {
    const box = document.getElementById('problem');
    if (!error) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    if (error.status === 401) {
      const again = document.createElement('a');
      // the page itself, which sends a browser that is not signed in to the sign-in form and back here
      again.href = location.pathname;
      again.textContent = 'Sign in again';
      box.replaceChildren('You are not signed in, or your sign-in has ended. ', again, '.');
    } else if (error.status === 403) {
      box.replaceChildren('Your role does not allow these figures: sign in as a member of staff whose role this '
        + 'page is for.');
    } else {
      box.replaceChildren('The figures could not be fetched just now (' + error.message + '); the page tries again '
        + 'at the next change.');
    }
    box.hidden = false;
  }

  /** Runs a refresh of the page; if it fails, the page says why instead of showing a broken chart. */
  function guarded(refresh) {
    return Promise.resolve().then(refresh).then(() => report(null), report);
  }

  /** Replaces the rows of a table body; a number goes right-aligned. */
  function rows(tbody, values) {
    tbody.replaceChildren(...values.map(row => {
      const tr = document.createElement('tr');
      row.forEach((value, index) => {
        const cell = document.createElement(index === 0 ? 'th' : 'td');
        if (index === 0) {
          cell.scope = 'row';
        }
        if (typeof value === 'number') {
          cell.className = 'number';
        }
        cell.textContent = String(value);
        tr.append(cell);
      });
      return tr;
    }));
  }

  /** A bar chart, created once and updated in place; the table next to it holds the same numbers. */
  function bars(canvas, labels, series, options = {}) {
    const datasets = series.map((s, i) => ({label: s.label, data: s.data, backgroundColor: COLOURS[i % COLOURS.length],
      borderColor: COLOURS[i % COLOURS.length]}));
    if (canvas.chart) {
      canvas.chart.data.labels = labels;
      canvas.chart.data.datasets = datasets;
      canvas.chart.update('none');
      return;
    }
    canvas.chart = new Chart(canvas, {
      type: options.type || 'bar',
      data: {labels, datasets},
      options: {
        animation: false, maintainAspectRatio: false, indexAxis: options.horizontal ? 'y' : 'x',
        scales: {x: {stacked: !!options.stacked}, y: {stacked: !!options.stacked, beginAtZero: true}}
      }
    });
  }

  /**
   * Calls refresh now and after every change the stream reports; the status element says whether it is live. A
   * stream the server refuses (signed out, or the wrong role) is closed for good: the page then says why.
   */
  function live(streamUrl, status, refresh) {
    const source = new EventSource(streamUrl);
    source.addEventListener('open', () => { status.textContent = 'live'; });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        status.textContent = 'not live';
        guarded(refresh);
      } else {
        status.textContent = 'reconnecting';
      }
    });
    source.addEventListener('figures', () => guarded(refresh));
    guarded(refresh);
    return source;
  }

  return {json, report, guarded, rows, bars, live};
})();
