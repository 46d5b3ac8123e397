// While an import runs, its counts are fetched every two seconds and the page reloaded once it ends, to show the
// report. Without the script the page shows the counts as they were when it was loaded.
const progress = document.getElementById('import-progress')
const POLL_MS = 2000

function show (id, value) {
  const element = document.getElementById(id)
  if (element) {
    element.textContent = String(value)
  }
}

async function poll () {
  try {
    const answer = await fetch(progress.dataset.progressUrl, { headers: { Accept: 'application/json' } })
    if (answer.ok) {
      const import_ = await answer.json()
      if (import_.state !== 'running') {
        window.location.reload()
        return
      }
      const bar = document.getElementById('progress-bar')
      if (import_.rowsInFile !== null) {
        bar.max = import_.rowsInFile
        bar.value = import_.rowsRead
        show('progress-status', import_.rowsRead + ' of ' + import_.rowsInFile + ' rows read.')
        show('rows-in-file', import_.rowsInFile)
      }
      show('rows-read', import_.rowsRead)
      show('accepted', import_.accepted)
      show('refused-count', import_.refusedRows)
    }
  } catch (e) {
    // a poll that fails is followed by the next
  }
  window.setTimeout(poll, POLL_MS)
}

if (progress) {
  window.setTimeout(poll, POLL_MS)
}
