/** Jest's teardown of the PostgreSQL project: the databases of the instances under test are dropped. */
module.exports = () => require('./postgresProbe').dropInstanceDatabases();
