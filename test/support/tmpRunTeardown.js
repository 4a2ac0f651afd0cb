/** Jest's global teardown: see tmpRun.js. */
module.exports = () => require('./tmpRun').teardown();
