'use strict';
// The operations page: throughput, backlog and each consultation's queue, refreshed on every figure change and, as
// lag and dead letters change without one, every few seconds.
(() => {
  const byId = name => document.getElementById(name);
  const minuteOf = iso => new Date(iso).toLocaleTimeString('en-GB', {hour: '2-digit', minute: '2-digit'});

  async function refresh() {
    const operations = await dashboards.json('/api/v1/operations');
    const minutes = operations.responsesPerMinute;
    dashboards.bars(byId('per-minute-chart'), minutes.map(m => minuteOf(m.minute)), [
      {label: 'Online', data: minutes.map(m => m.online)},
      {label: 'Email', data: minutes.map(m => m.email)},
      {label: 'Letter', data: minutes.map(m => m.letter)}], {stacked: true});
    dashboards.rows(byId('per-minute').tBodies[0], minutes.filter(m => m.online + m.email + m.letter > 0)
      .map(m => [minuteOf(m.minute), m.online, m.email, m.letter]));
    dashboards.rows(byId('lag').tBodies[0], Object.entries(operations.consumerLag));
    dashboards.rows(byId('dead-letters').tBodies[0], Object.entries(operations.deadLetters));

    const consultations = operations.consultations;
    const tbody = byId('consultations').tBodies[0];
    dashboards.rows(tbody, consultations.map(c => [c.title + ' (' + c.id + ')', c.responses, c.late, c.needsReview]));
    consultations.forEach((c, i) => { tbody.rows[i].dataset.consultationId = c.id; });
    byId('as-of').textContent = new Date(operations.asOf).toLocaleString('en-GB');
    document.body.dataset.asOf = operations.asOf;
  }

  dashboards.live('/api/v1/figures/stream', byId('live-status'), refresh);
  setInterval(() => dashboards.guarded(refresh), 10000);
})();
