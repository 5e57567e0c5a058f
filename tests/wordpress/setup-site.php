<?php
// Installs the test WordPress and writes its posts, as each role would save them, then prints their URLs as
// JSON. Run by tests/wordpress/wordpress-site.mjs with `php setup-site.php HOST CASES.json [with-plugin]`;
// CASES.json lists { name, role, content } entries. WordPress, its database and PHP are Debian's packages.
$host  = $argv[1];
$cases = json_decode( file_get_contents( $argv[2] ), true );

$_SERVER['HTTP_HOST']   = $host;
$_SERVER['SERVER_NAME'] = preg_replace( '/:\d+$/', '', $host );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
// Debian's WordPress, or the folder of a newer one given as the fourth argument.
require ( $argv[4] ?? '' ? rtrim( $argv[4], '/' ) : '/usr/share/wordpress' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

wp_install( 'Partner blog', 'admin', 'admin@example.com', true, '', 'admin-password-1' );
update_option( 'permalink_structure', '/%postname%/' );
update_option( 'home', "http://$host" );
update_option( 'siteurl', "http://$host" );

$users = array( 'administrator' => 1 );
foreach ( array( 'author', 'contributor' ) as $role ) {
	$users[ $role ] = wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => "$role-password-1",
			'user_email' => "$role@example.com",
			'role'       => $role,
		)
	);
}

if ( 'with-plugin' === ( $argv[3] ?? '' ) ) {
	$activated = activate_plugin( 'python-showcase/python-showcase.php' );
	if ( is_wp_error( $activated ) ) {
		fwrite( STDERR, $activated->get_error_message() . "\n" );
		exit( 1 );
	}
}

$out = array();
foreach ( $cases as $case ) {
	// Saved as the role would save it: kses filters what a user without unfiltered_html writes.
	wp_set_current_user( $users[ $case['role'] ] );
	kses_init();
	$id = wp_insert_post(
		array(
			'post_title'   => $case['name'],
			'post_name'    => $case['name'],
			'post_content' => $case['content'],
			'post_status'  => 'contributor' === $case['role'] ? 'pending' : 'publish',
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $case['name'] . ': ' . $id->get_error_message() . "\n" );
		exit( 1 );
	}
	if ( 'contributor' === $case['role'] ) {
		// A contributor cannot publish: an administrator does, which keeps the filtered content.
		wp_set_current_user( $users['administrator'] );
		wp_publish_post( $id );
		clean_post_cache( $id );
		// A pending post gets no slug of its own; the published one is given the case's name.
		if ( '' === get_post_field( 'post_name', $id ) ) {
			global $wpdb;
			$wpdb->update( $wpdb->posts, array( 'post_name' => sanitize_title( $case['name'] ) ), array( 'ID' => $id ) );
			clean_post_cache( $id );
		}
	}
	$out[ $case['name'] ] = array(
		'id'    => $id,
		'url'   => get_permalink( $id ),
		'saved' => get_post_field( 'post_content', $id, 'raw' ),
	);
}
echo wp_json_encode( $out );
