-- Nothing to do on MySQL/MariaDB: InnoDB already keeps a long LONGTEXT out of the row (see db/vendor/h2).
SELECT 1;
