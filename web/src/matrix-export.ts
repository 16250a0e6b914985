// Downloads the matrix view as SVG (the chart built by Plot with its cells, self-contained with its inline style) or
// as PNG (that SVG drawn on a canvas at twice the size, on white), as the graph view exports PNG.

function chartSvg(svg: SVGSVGElement): SVGSVGElement {
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return svg;
}

function save(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function svgText(element: SVGSVGElement): string {
  return new XMLSerializer().serializeToString(chartSvg(element));
}

export function downloadSvg(element: SVGSVGElement, name: string): void {
  save(new Blob([svgText(element)], { type: 'image/svg+xml' }), `${name}.svg`);
}

export async function downloadPng(element: SVGSVGElement, name: string, scale = 2): Promise<void> {
  const svg = chartSvg(element);
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('matrix export: the browser could not encode the PNG');
    save(blob, `${name}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
