/** Set up for each file of the PostgreSQL project: every instance the test starts runs on a fresh PostgreSQL database (see tempConfig). */
process.env.TEST_STORE = 'postgres';
