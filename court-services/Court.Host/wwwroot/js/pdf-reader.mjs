// 阅览 (ADR 0017): PDF.js draws the PDF page by page into canvases on the court's own page — the first page first, the
// others when they are scrolled near — so nothing is framed and phones read it as well as desktops.
const reader = document.querySelector(".pdf-reader");
const lib = reader.dataset.pdfjs;
const pdfjs = await import(`${lib}pdf.min.mjs`);
pdfjs.GlobalWorkerOptions.workerSrc = `${lib}pdf.worker.min.mjs`;

const pagesBox = reader.querySelector(".pdf-pages");
const status = reader.querySelector(".pdf-status");
const slots = [];
let pdf;
let zoom = 1; // 1 = the width of the reading area
let firstPageSize;
let generation = 0; // bumped when zoom or width change: every page drawn before is redrawn when seen

function setStatus(text) {
  status.textContent = text;
}

function cssWidth() {
  return Math.max(200, pagesBox.clientWidth - 2);
}

function scaleFor(page) {
  return (cssWidth() * zoom) / page.getViewport({ scale: 1 }).width;
}

function sizeSlot(slot, width, height) {
  const scale = (cssWidth() * zoom) / width;
  slot.style.width = `${Math.floor(width * scale)}px`;
  slot.style.height = `${Math.floor(height * scale)}px`;
}

async function render(slot) {
  const number = Number(slot.dataset.page);
  const page = await pdf.getPage(number);
  const base = page.getViewport({ scale: 1 });
  slot.dataset.width = String(base.width);
  slot.dataset.height = String(base.height);
  const viewport = page.getViewport({ scale: scaleFor(page) });
  const ratio = Math.min(window.devicePixelRatio || 1, 3);
  const canvas = document.createElement("canvas");
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  canvas.setAttribute("aria-label", `第 ${number} 页`);
  canvas.setAttribute("role", "img");
  const transform = ratio === 1 ? null : [ratio, 0, 0, ratio, 0, 0];
  await page.render({ canvas, canvasContext: canvas.getContext("2d"), viewport, transform }).promise;
  slot.replaceChildren(canvas);
  slot.style.width = canvas.style.width;
  slot.style.height = canvas.style.height;
  slot.dataset.rendered = String(generation);
}

// Renders one slot at a time in scroll order, so the page being read never waits behind pages further down.
const queue = [];
let rendering = false;

function request(slot) {
  if (slot.dataset.rendered === String(generation) || queue.includes(slot)) return;
  queue.push(slot);
  pump();
}

async function pump() {
  if (rendering) return;
  rendering = true;
  try {
    while (queue.length > 0) {
      queue.sort((a, b) => a.dataset.page - b.dataset.page);
      const slot = queue.shift();
      if (slot.dataset.visible === "true" || slot.dataset.page === "1") await render(slot);
    }
  } catch (error) {
    setStatus(`无法显示该页：${error?.message ?? error}。请下载后阅读。`);
  } finally {
    rendering = false;
  }
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      const slot = entry.target;
      slot.dataset.visible = entry.isIntersecting ? "true" : "false";
      if (entry.isIntersecting) request(slot);
      else release(slot);
    }
  },
  { rootMargin: "600px 0px" },
);

// A page scrolled far away gives its canvas back (a phone cannot hold hundreds of full-resolution pages); it keeps its size.
function release(slot) {
  if (slot.dataset.page === "1" || !slot.querySelector("canvas")) return;
  slot.replaceChildren();
  delete slot.dataset.rendered;
}

function rerenderAll() {
  generation++;
  for (const slot of slots) {
    const canvas = slot.querySelector("canvas");
    const width = slot.dataset.width ? Number(slot.dataset.width) : firstPageSize.width;
    const height = slot.dataset.height ? Number(slot.dataset.height) : firstPageSize.height;
    sizeSlot(slot, width, height);
    if (canvas) {
      canvas.style.width = slot.style.width;
      canvas.style.height = slot.style.height;
    }
    if (slot.dataset.visible === "true") request(slot);
  }
}

reader.querySelector(".pdf-toolbar").addEventListener("click", (event) => {
  const action = event.target.closest("button[data-zoom]")?.dataset.zoom;
  if (!action || !pdf) return;
  zoom = action === "fit" ? 1 : Math.min(4, Math.max(0.5, action === "in" ? zoom * 1.25 : zoom / 1.25));
  reader.dataset.zoom = zoom.toFixed(2);
  rerenderAll();
});

async function open() {
  try {
    pdf = await pdfjs.getDocument({
      url: reader.dataset.pdf,
      cMapUrl: `${lib}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${lib}standard_fonts/`,
      wasmUrl: `${lib}wasm/`,
      useWasm: false,
      isEvalSupported: false,
      enableXfa: false,
    }).promise;
  } catch (error) {
    setStatus(error?.status === 403 || error?.status === 404 ? "您无权阅览该材料，或材料不存在。" : "无法打开该文件，请下载后阅读。");
    reader.dataset.state = "failed";
    return;
  }
  const first = await pdf.getPage(1);
  const size = first.getViewport({ scale: 1 });
  firstPageSize = { width: size.width, height: size.height };
  for (let number = 1; number <= pdf.numPages; number++) {
    const slot = document.createElement("div");
    slot.className = "pdf-page";
    slot.dataset.page = String(number);
    sizeSlot(slot, size.width, size.height);
    pagesBox.append(slot);
    slots.push(slot);
  }
  await render(slots[0]);
  // Milliseconds from the start of navigation to page 1 on screen (benchmarks/Court.Benchmarks/Dossier/ReaderFirstPage.cs).
  reader.dataset.firstPageMs = String(Math.round(performance.now()));
  reader.dataset.pages = String(pdf.numPages);
  reader.dataset.state = "ready";
  setStatus(`共 ${pdf.numPages} 页`);
  for (const slot of slots) observer.observe(slot);
}

let lastWidth = pagesBox.clientWidth;
window.addEventListener("resize", () => {
  if (!pdf || Math.abs(pagesBox.clientWidth - lastWidth) < 8) return;
  lastWidth = pagesBox.clientWidth;
  rerenderAll();
});

open();
