// The session list: GET /api/sessions?q=&sort=, one row per session, each linking to its player.
(function () {
  'use strict';
  var search = document.getElementById('search');
  var sort = document.getElementById('sort');
  var body = document.querySelector('#sessions tbody');
  var status = document.getElementById('status');
  var params = new URLSearchParams(location.search);
  search.value = params.get('q') || '';
  sort.value = params.get('sort') === 'length' ? 'length' : 'time';
  var pending = null;
  var generation = 0;

  function duration(ms) {
    var s = Math.round(ms / 1000);
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60;
    s = s % 60;
    return (h ? h + ':' + String(m).padStart(2, '0') : m) + ':' + String(s).padStart(2, '0');
  }

  function size(bytes) {
    if (bytes < 1024) return bytes + ' B';
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(1) + ' KiB';
    return (bytes / 1024 / 1024).toFixed(1) + ' MiB';
  }

  function cell(row, text, className) {
    var td = document.createElement('td');
    td.textContent = text;
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function render(sessions) {
    body.replaceChildren();
    sessions.forEach(function (s) {
      var row = document.createElement('tr');
      row.className = 'session';
      var link = document.createElement('a');
      link.href = '/sessions/' + encodeURIComponent(s.deviceId) + '/' + encodeURIComponent(s.sessionId);
      link.textContent = s.windowTitle || '(untitled)';
      cell(row, '').appendChild(link);
      cell(row, s.deviceId);
      cell(row, new Date(s.start).toLocaleString());
      cell(row, duration(s.duration), 'num');
      cell(row, String(s.events), 'num');
      cell(row, size(s.bytes), 'num');
      body.appendChild(row);
    });
    status.textContent = sessions.length ? '' : (search.value ? 'No session matches.' : 'No sessions yet.');
  }

  function load() {
    var q = search.value.trim();
    var query = new URLSearchParams();
    if (q) query.set('q', q);
    query.set('sort', sort.value);
    history.replaceState(null, '', query.toString() === 'sort=time' ? '/' : '/?' + query);
    var mine = ++generation;
    fetch('/api/sessions?' + query)
      .then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
      .then(function (sessions) { if (mine === generation) render(sessions); })
      .catch(function (e) { if (mine === generation) status.textContent = 'Cannot load sessions: ' + e.message; });
  }

  search.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(load, 200);
  });
  sort.addEventListener('change', load);
  load();
})();
