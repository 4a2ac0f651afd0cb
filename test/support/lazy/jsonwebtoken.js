/** jsonwebtoken, loaded at its first use (../lazyPackage.js). */
module.exports = require('../lazyPackage').lazyPackage('jsonwebtoken');
