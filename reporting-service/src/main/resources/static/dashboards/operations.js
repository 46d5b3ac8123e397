'use strict';
// The operations page: throughput, backlog and each consultation's queue, refreshed on every figure change and, as
// lag and dead letters change without one, every few seconds.
(() => {
  const byId = name => document.getElementById(name);
  const minuteOf = iso => new Date(iso).toLocaleTimeString('en-GB', {hour: '2-digit', minute: '2-digit'});

  /** "4 min", "35 s", "2 h 5 min": a duration as staff would say it. */
  function spoken(seconds) {
    if (seconds < 60) {
      return seconds + ' s';
    }
    const minutes = Math.round(seconds / 60);
    return minutes < 60 ? minutes + ' min' : Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
  }

  function behindText(behind) {
    return (behind.atLeast ? 'at least ' : '') + spoken(behind.seconds);
  }

  /** "Figures 4 min behind, catching up at 35 responses/s, about 2 min to go." */
  function summary(behind, backlog) {
    if (backlog.records === 0 && behind.seconds === 0 && !behind.atLeast) {
      return 'Figures are up to date: every response accepted has been counted.';
    }
    const lead = 'Figures ' + behindText(behind) + ' behind (' + backlog.records.toLocaleString('en-GB')
      + ' records not yet counted)';
    switch (backlog.direction) {
      case 'shrinking':
        return lead + ', catching up at ' + backlog.recordsPerSecond + ' responses/s, about '
          + spoken(backlog.catchUpSeconds) + ' to go.';
      case 'growing':
        return lead + ', falling further behind by ' + backlog.recordsPerSecond + ' responses/s.';
      case 'steady':
        return lead + ', neither catching up nor falling behind.';
      default:
        return lead + '; whether it is catching up is not known yet.';
    }
  }

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
    const backlog = operations.backlog;
    byId('behind-summary').textContent = summary(operations.behind, backlog);
    dashboards.rows(byId('trend').tBodies[0], [[backlog.records.toLocaleString('en-GB'), backlog.direction,
      backlog.recordsPerSecond === null ? '–' : backlog.recordsPerSecond,
      backlog.catchUpSeconds === null ? '–' : spoken(backlog.catchUpSeconds)]]);

    const consultations = operations.consultations;
    const tbody = byId('consultations').tBodies[0];
    dashboards.rows(tbody, consultations.map(c => [c.title + ' (' + c.id + ')', c.responses, c.late, c.needsReview]));
    consultations.forEach((c, i) => { tbody.rows[i].dataset.consultationId = c.id; });
    dashboards.rows(byId('behind').tBodies[0], consultations.map(c => [c.title + ' (' + c.id + ')',
      c.behind.oldestUncountedAcceptedAt === null ? 'none found'
        : new Date(c.behind.oldestUncountedAcceptedAt).toLocaleString('en-GB'), behindText(c.behind)]));
    byId('as-of').textContent = new Date(operations.asOf).toLocaleString('en-GB');
    document.body.dataset.asOf = operations.asOf;
  }

  dashboards.live('/api/v1/figures/stream', byId('live-status'), refresh);
  setInterval(() => dashboards.guarded(refresh), 10000);
})();
