export function startStdioServer(): void {
  throw new Error('not built yet');
}
