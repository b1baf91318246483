// Saves a Blob the page fetched as a file (the browser's download).
export const saveBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');

  link.href = url;
  link.download = fileName;
  link.className = 'visually-hidden';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the URL to the download by now; the next task
  // can release it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
