// Stands in for proxy-agent in the bundle (scripts/bundle.mjs). puppeteer's browser downloader
// imports it, with the PAC-script engine, FTP and the rest behind it: 2 MB of code that every
// build loaded (30 ms) and none used, since assess never downloads anything.
export class ProxyAgent {
  constructor() {
    throw new Error('assess does not download browsers: proxy-agent is left out of its bundle');
  }
}
