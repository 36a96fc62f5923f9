/** The part of markdown-it (a CommonMark renderer) the tests use; the package ships no types. */
declare module 'markdown-it' {
  interface MarkdownIt {
    render(source: string): string;
  }
  const markdownIt: (options?: { html?: boolean }) => MarkdownIt;
  export default markdownIt;
}
