/** botframework-streaming, loaded at its first use (../lazyPackage.js). */
module.exports = require('../lazyPackage').lazyPackage('botframework-streaming');
