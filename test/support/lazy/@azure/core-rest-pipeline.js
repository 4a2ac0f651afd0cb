/** @azure/core-rest-pipeline, loaded at its first use (../lazyPackage.js). */
module.exports = require('../../lazyPackage').lazyPackage('@azure/core-rest-pipeline');
