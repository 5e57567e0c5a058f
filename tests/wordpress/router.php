<?php
// The PHP built-in server's router for the test WordPress: an existing file is served as it is; anything else
// goes to index.php, as WordPress's .htaccess does under Apache, so pretty permalinks work.
$path = parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( '/' !== $path && is_file( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
