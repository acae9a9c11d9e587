// The player page: loads /api/sessions/{d}/{s}/events, plays them with the stock rrweb-player
// (speed control and skip-inactive are its own), and draws the marks timeline under it.
(function () {
  'use strict';
  var CONTROLLER_HEIGHT = 80;   // rrweb-player's control bar below the frame
  var status = document.getElementById('status');
  var parts = location.pathname.split('/');   // ['', 'sessions', deviceId, sessionId]
  var deviceId = decodeURIComponent(parts[2] || ''), sessionId = decodeURIComponent(parts[3] || '');
  var api = '/api/sessions/' + encodeURIComponent(deviceId) + '/' + encodeURIComponent(sessionId);

  function getJson(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status === 404 ? 'no such session' : 'HTTP ' + r.status);
      return r.json();
    });
  }

  function clock(ms) {
    var s = Math.floor(ms / 1000);
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  // Fits the session's largest viewport into the browser window, never enlarging it.
  function frameSize(viewport) {
    var header = document.querySelector('.bar').offsetHeight;
    var availableWidth = window.innerWidth - 32;
    var availableHeight = window.innerHeight - header - CONTROLLER_HEIGHT - 90;
    var scale = Math.min(1, availableWidth / viewport.width, availableHeight / viewport.height);
    scale = Math.max(scale, 0.1);
    return { width: Math.floor(viewport.width * scale), height: Math.floor(viewport.height * scale) };
  }

  function drawTimeline(player, events, width) {
    var timeline = document.getElementById('timeline');
    var track = timeline.querySelector('.track');
    var cursor = timeline.querySelector('.cursor');
    var total = Math.max(1, player.getMetaData().totalTime);
    timeline.style.width = width + 'px';
    tdTimeline.marks(events).forEach(function (m) {
      var mark = document.createElement('button');
      mark.type = 'button';
      mark.className = 'mark mark-' + m.kind;
      mark.dataset.kind = m.kind;
      mark.dataset.offset = String(m.offset);
      mark.style.left = (100 * Math.min(m.offset, total) / total) + '%';
      mark.title = clock(m.offset) + ' ' + m.label;
      mark.addEventListener('click', function () { player.goto(m.offset, true); });
      track.appendChild(mark);
    });
    player.addEventListener('ui-update-current-time', function (e) {
      cursor.style.left = (100 * Math.min(e.payload, total) / total) + '%';
    });
    timeline.hidden = false;
  }

  function start(summary, events) {
    if (events.length < 2) throw new Error('this session has too few events to replay');
    document.getElementById('title').textContent = summary.windowTitle || 'Replay';
    document.title = (summary.windowTitle || 'Replay') + ' — Tapedeck';
    document.getElementById('details').textContent = deviceId + ' · '
      + new Date(summary.start).toLocaleString() + ' · ' + clock(summary.duration);
    var size = frameSize(tdTimeline.largestViewport(events));
    var Player = window.rrwebPlayer && (window.rrwebPlayer.default || window.rrwebPlayer.Player || window.rrwebPlayer);
    var player = new Player({
      target: document.getElementById('player'),
      props: {
        events: events,
        width: size.width,
        height: size.height,
        autoPlay: true,
        skipInactive: true,
        speedOption: [1, 2, 4, 8, 16],
        showController: true,
        mouseTail: false,
        triggerFocus: false,
      },
    });
    window.tdPlayer = player;   // for tests and the curious console user
    drawTimeline(player, events, size.width);
    status.textContent = '';
  }

  Promise.all([getJson(api), getJson(api + '/events')])
    .then(function (r) { start(r[0], r[1]); })
    .catch(function (e) { status.textContent = 'Cannot play this session: ' + e.message; });
})();
