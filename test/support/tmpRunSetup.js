/** Jest's global setup: see tmpRun.js. */
module.exports = () => require('./tmpRun').setup();
