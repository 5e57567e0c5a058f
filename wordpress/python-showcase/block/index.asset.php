<?php
/**
 * The block editor script's dependencies and version, which WordPress reads when it registers the block from
 * block.json: the script is plain JavaScript on these WordPress globals, with no build step.
 *
 * @package PythonShowcase
 */

// No direct file access: WordPress loads this file, a visitor never does.
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-shortcode', 'wp-a11y', 'wp-html-entities', 'wp-data' ),
	'version'      => '1.1.0',
);
