'use strict';
// Shared by both dashboards: tables written as text (never HTML), Chart.js charts, and the live figure stream.
const dashboards = (() => {
  const COLOURS = ['#1d70b8', '#d4351c', '#b1b4b6', '#00703c', '#f47738', '#4c2c92', '#28a197'];

  async function json(url) {
    const response = await fetch(url, {headers: {Accept: 'application/json'}});
    if (!response.ok) {
      throw new Error(url + ' answered ' + response.status);
    }
    return response.json();
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

  /** Calls refresh now and after every change the stream reports; the status element says whether it is live. */
  function live(streamUrl, status, refresh) {
    const source = new EventSource(streamUrl);
    source.addEventListener('open', () => { status.textContent = 'live'; });
    source.addEventListener('error', () => { status.textContent = 'reconnecting'; });
    source.addEventListener('figures', () => refresh());
    refresh();
    return source;
  }

  return {json, rows, bars, live};
})();
