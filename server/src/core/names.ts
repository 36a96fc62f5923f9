/** Names derived from a description: the slug of a name, the file name of its worksheet. */

/** `Samen Sterk & Veilig` → `samen-sterk-en-veilig`: lower case ASCII letters, digits and dashes. */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `<id>-werkblad.<format>`, from the description's id or else its file name (without the extension). */
export function worksheetFileName(id: string | undefined, fileName: string, format: string): string {
  const stem = id ?? fileName.replace(/\.intervention\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
  return `${slugOf(stem) || 'interventie'}-werkblad.${format}`;
}
