/**
 * The command line: one picocli command class per command.
 */
package incidentkg.cli;
