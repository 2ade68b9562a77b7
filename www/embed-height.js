// For course notes that embed the playground: sizes each playground iframe to the height
// the playground reports (it posts {type: 'nn-playground:height', height} when framed with
// embed=true). Include it with <script src="embed-height.js"></script>; without it the
// iframes keep the height the notes gave them.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'nn-playground:height') return;
  const height = Number(data.height);
  if (!Number.isFinite(height) || height <= 0) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.ceil(Math.min(height, 20000))}px`;
    }
  }
});
