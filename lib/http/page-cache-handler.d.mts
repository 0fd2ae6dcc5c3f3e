// Types of page-cache-handler.mjs (plain JavaScript: Next.js imports it at run time).
export declare function withoutScripts(html: string): string;
declare const PageCacheHandler: new (...args: never[]) => object;
export default PageCacheHandler;
