<?php
/**
 * Plugin Name:       Python Showcase
 * Description:       The python-showcase widget for every author: a [python_showcase] shortcode, and the drop-in script served from this plugin's folder, once per page and only where the widget is.
 * Version:           1.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       python-showcase
 *
 * @package PythonShowcase
 */

// No direct file access: WordPress loads this file, a visitor never does.
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The widget's version, which is also the script URL's ?ver=, so a cached old file never meets a new hash. */
const PYTHON_SHOWCASE_VERSION = '1.1.0';

/** The drop-in script, inside this plugin's folder: no third-party request. */
const PYTHON_SHOWCASE_SCRIPT = 'assets/python-showcase.js';

/**
 * The attributes of <python-showcase>, each a shortcode attribute of the same name: text ones, and booleans,
 * which are on when written bare ([python_showcase takeaways]) or with any value but no, false or 0.
 */
const PYTHON_SHOWCASE_TEXT_ATTRIBUTES    = array( 'apps', 'layout', 'theme', 'heading', 'heading-level', 'promo', 'src', 'partner', 'campaign', 'storage', 'variant', 'preview-at' );
const PYTHON_SHOWCASE_BOOLEAN_ATTRIBUTES = array( 'takeaways', 'datalayer', 'dismissible' );

/**
 * The height the widget takes with its default content at container widths from 0, 600 and 1100 px on,
 * reserved until the script has filled the mount point, so the text below does not move.
 */
const PYTHON_SHOWCASE_RESERVED_HEIGHTS = array(
	0    => 2441,
	600  => 1245,
	1100 => 827,
);

/** The link readers and search engines see before or without JavaScript. */
const PYTHON_SHOWCASE_FALLBACK_URL  = 'https://www.nobledesktop.com/';
const PYTHON_SHOWCASE_FALLBACK_TEXT = 'Apps you use every day are built with Python';

/**
 * The Subresource Integrity hash of the script this plugin serves, computed once per request.
 *
 * @return string The sha384 hash, or '' when the file is missing.
 */
function python_showcase_integrity() {
	static $integrity = null;
	if ( null === $integrity ) {
		$path      = plugin_dir_path( __FILE__ ) . PYTHON_SHOWCASE_SCRIPT;
		$integrity = is_readable( $path ) ? 'sha384-' . base64_encode( hash_file( 'sha384', $path, true ) ) : '';
	}
	return $integrity;
}

/**
 * Whether a shortcode attribute turns a boolean on: written bare (WordPress passes it as a positional value)
 * or with any value but no, false or 0.
 *
 * @param array  $atts The shortcode's attributes as WordPress parsed them.
 * @param string $name The boolean attribute's name.
 * @return bool
 */
function python_showcase_boolean( $atts, $name ) {
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && strtolower( trim( (string) $value ) ) === $name ) {
			return true;
		}
	}
	if ( ! array_key_exists( $name, $atts ) ) {
		return false;
	}
	return ! in_array( strtolower( trim( (string) $atts[ $name ] ) ), array( 'no', 'false', '0' ), true );
}

/**
 * [python_showcase apps="spotify, netflix" layout="list" partner="acme" takeaways]: prints a mount point (the
 * <div data-python-showcase> the drop-in script fills) with the fallback link, and asks for the script.
 * Values are passed on as the widget's data- attributes, escaped; the widget validates them as on any page
 * (an invalid one warns in the console and the default is used).
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string The mount point's HTML.
 */
function python_showcase_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	// WordPress lower-cases attribute names; a hyphenated name arrives whole (heading-level).
	$html = '<div data-python-showcase';
	foreach ( PYTHON_SHOWCASE_TEXT_ATTRIBUTES as $name ) {
		if ( isset( $atts[ $name ] ) && is_string( $atts[ $name ] ) ) {
			$value = 'src' === $name ? esc_url( $atts[ $name ], array( 'http', 'https' ) ) : sanitize_text_field( $atts[ $name ] );
			// A src that is not an http(s) URL is left out: the widget then shows its own content.
			if ( '' !== $value || 'src' !== $name ) {
				$html .= ' data-' . $name . '="' . esc_attr( $value ) . '"';
			}
		}
	}
	foreach ( PYTHON_SHOWCASE_BOOLEAN_ATTRIBUTES as $name ) {
		if ( python_showcase_boolean( $atts, $name ) ) {
			$html .= ' data-' . $name;
		}
	}
	$html .= '><a href="' . esc_url( PYTHON_SHOWCASE_FALLBACK_URL ) . '">' . esc_html( PYTHON_SHOWCASE_FALLBACK_TEXT ) . '</a></div>';
	python_showcase_enqueue();
	return $html;
}
add_shortcode( 'python_showcase', 'python_showcase_shortcode' );

/** Registers the script (in the footer, with defer and its integrity added below) and the height reservation. */
function python_showcase_register() {
	wp_register_script( 'python-showcase', plugins_url( PYTHON_SHOWCASE_SCRIPT, __FILE__ ), array(), PYTHON_SHOWCASE_VERSION, true );
	wp_register_style( 'python-showcase', false, array(), PYTHON_SHOWCASE_VERSION );
	wp_add_inline_style( 'python-showcase', python_showcase_reservation_css() );
}
add_action( 'wp_enqueue_scripts', 'python_showcase_register', 5 );

/** Asks for the script and the reservation; WordPress prints each once per page, however often it is asked. */
function python_showcase_enqueue() {
	wp_enqueue_script( 'python-showcase' );
	wp_enqueue_style( 'python-showcase' );
}

/**
 * The CSS that reserves the widget's height in each mount point until the script has filled it: the mount point
 * becomes a size container whose ::after takes the height at its width, overlaid with the fallback link.
 *
 * @return string
 */
function python_showcase_reservation_css() {
	$waiting = '[data-python-showcase]:not(:has(>python-showcase:defined))';
	$css     = $waiting . '{display:grid;container-type:inline-size}' . $waiting . '>*,' . $waiting . '::after{grid-area:1/1}';
	foreach ( PYTHON_SHOWCASE_RESERVED_HEIGHTS as $min_width => $height ) {
		$rule = $waiting . '::after{content:"";height:' . (int) $height . 'px}';
		$css .= $min_width ? '@container (min-width:' . (int) $min_width . 'px){' . $rule . '}' : $rule;
	}
	// Only where the script can run and fill the space: without JavaScript, or in a browser the widget does not
	// start in (no container queries), the mount point stays an ordinary div showing its link.
	return '@media (scripting:enabled){@supports (container-type:inline-size) and selector(:has(a)){' . $css . '}}';
}

/**
 * Before the page's head is printed: asks for the script and the reservation when a post on this page shows the
 * widget, by shortcode or by a mount point an author wrote, so the reservation is in the head. A shortcode
 * elsewhere (a widget area) still asks for the script when it is rendered.
 */
function python_showcase_enqueue_for_posts() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && python_showcase_in_content( $post->post_content ) ) {
			python_showcase_enqueue();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'python_showcase_enqueue_for_posts', 20 );

/**
 * A mount point rendered where the head check does not look (a reusable block, a widget area, a template part)
 * still gets the script, printed in the footer.
 *
 * @param string $content Rendered content.
 * @return string The same content.
 */
function python_showcase_enqueue_for_rendered( $content ) {
	if ( is_string( $content ) && false !== strpos( $content, 'data-python-showcase' ) ) {
		python_showcase_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'python_showcase_enqueue_for_rendered', 100 );
add_filter( 'widget_text', 'python_showcase_enqueue_for_rendered', 100 );
add_filter( 'render_block', 'python_showcase_enqueue_for_rendered', 100 );

/**
 * Whether content shows the widget: the shortcode, or a mount point.
 *
 * @param string $content A post's content, as saved.
 * @return bool
 */
function python_showcase_in_content( $content ) {
	return has_shortcode( $content, 'python_showcase' ) || false !== strpos( $content, 'data-python-showcase' );
}

/**
 * Adds defer, the integrity hash and crossorigin to the plugin's script tag. WordPress 6.1 has no loading
 * strategy argument for scripts, so the tag is rewritten here.
 *
 * @param string $tag    The script tag WordPress wrote.
 * @param string $handle The script's handle.
 * @return string
 */
function python_showcase_script_tag( $tag, $handle ) {
	if ( 'python-showcase' !== $handle ) {
		return $tag;
	}
	$integrity  = python_showcase_integrity();
	$attributes = ' defer' . ( $integrity ? ' integrity="' . esc_attr( $integrity ) . '" crossorigin="anonymous"' : '' );
	// $tag may hold inline scripts added before or after this one: only the tag with this script's id changes.
	return preg_replace( '/<script\b(?![^>]*\sdefer\b)(?=[^>]*\sid=[\'"]python-showcase-js[\'"])/', '<script' . $attributes, $tag, 1 );
}
add_filter( 'script_loader_tag', 'python_showcase_script_tag', 10, 2 );
