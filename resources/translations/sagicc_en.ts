<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/account_dialogs.py" line="+164"/>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Product or service</source>
        <translation>&amp;Product or service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Additional data:</source>
        <translation>&amp;Additional data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional data</source>
        <translation>Additional data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row of additional data</source>
        <translation>Add a row of additional data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows</source>
        <translation>Remove the selected rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save account</source>
        <translation>Save account</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <location line="-159"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>AccountTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/account_tab.py" line="+248"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Additional data</source>
        <translation>Additional data</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This ticket&apos;s account</source>
        <translation>This ticket&apos;s account</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Additional data of %1</source>
        <translation>Additional data of %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No additional data.</source>
        <translation>No additional data.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an account to see its data.</source>
        <translation>Select an account to see its data.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Viewers can read accounts but not change them.</source>
        <translation>Viewers can read accounts but not change them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is closed: its accounts cannot be changed here.</source>
        <translation>This ticket is closed: its accounts cannot be changed here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket has no customer yet.</source>
        <translation>This ticket has no customer yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an account first.</source>
        <translation>Select an account first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account for this customer (Insert)</source>
        <translation>Add an account for this customer (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the account and its data (F2)</source>
        <translation>Edit the account and its data (F2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is already the ticket&apos;s account.</source>
        <translation>This is already the ticket&apos;s account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this the ticket&apos;s account.</source>
        <translation>Make this the ticket&apos;s account.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Product or service</source>
        <translation>Product or service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional data of the selected account</source>
        <translation>Additional data of the selected account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has no accounts yet.</source>
        <translation>This customer has no accounts yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this tab is read-only</source>
        <translation>Why this tab is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account actions</source>
        <translation>Account actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts and their data</source>
        <translation>Accounts and their data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Use for this ticket</source>
        <translation>Use for this ticket</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/detail_tabs.py" line="+200"/>
        <location line="+20"/>
        <location line="+2"/>
        <source>Delete account</source>
        <translation>Delete account</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Delete account %1 and its additional data from this customer? Tickets that name it keep their history.</source>
        <translation>Delete account %1 and its additional data from this customer? Tickets that name it keep their history.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account / data</source>
        <translation>Account / data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name / value</source>
        <translation>Name / value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has no accounts.</source>
        <translation>This customer has no accounts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected account (Del)</source>
        <translation>Delete the selected account (Del)</translation>
    </message>
</context>
<context>
    <name>AddTicketDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/add_ticket_dialog.py" line="+61"/>
        <location line="+1"/>
        <source>Add ticket</source>
        <translation>Add ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Subject</source>
        <translation>&amp;Subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Create ticket</source>
        <translation>Create ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminChangesPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/admin_changes.py" line="+70"/>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the change log</source>
        <translation>Refresh the change log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been changed in the administration yet. Every change to users, campaigns, channels, templates and settings will be listed here.</source>
        <translation>Nothing has been changed in the administration yet. Every change to users, campaigns, channels, templates and settings will be listed here.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/admin_page.py" line="+86"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates</source>
        <translation>Message templates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from CSV</source>
        <translation>Import from CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Administration sections</source>
        <translation>Administration sections</translation>
    </message>
</context>
<context>
    <name>AgendaCalendar</name>
    <message>
        <location filename="../../sagicc_desktop/views/agenda_calendar.py" line="+266"/>
        <source>%1 · Busy (a ticket you may not see)</source>
        <translation>%1 · Busy (a ticket you may not see)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Agenda calendar</source>
        <translation>Agenda calendar</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/customers_page.py" line="+203"/>
        <location line="+2"/>
        <source>My agenda</source>
        <translation>My agenda</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/agenda_tab.py" line="+131"/>
        <source>Period shown: %1</source>
        <translation>Period shown: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda of %1, the ticket&apos;s assignee</source>
        <translation>Agenda of %1, the ticket&apos;s assignee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your agenda (the ticket is unassigned)</source>
        <translation>Your agenda (the ticket is unassigned)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose agenda</source>
        <translation>Whose agenda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Busy at that time with a ticket you may not see.</source>
        <translation>Busy at that time with a ticket you may not see.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ticket&apos;s next task: %1</source>
        <translation>This ticket&apos;s next task: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket #%1 — %2</source>
        <translation>Ticket #%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries of this ticket are highlighted. Double-click an entry or press Enter to see its ticket.</source>
        <translation>Entries of this ticket are highlighted. Double-click an entry or press Enter to see its ticket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one day</source>
        <translation>Show one day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a week</source>
        <translation>Show a week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to today</source>
        <translation>Go to today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected entry</source>
        <translation>Selected entry</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../sagicc_desktop/app.py" line="+84"/>
        <source>Sagicc Desktop cannot start</source>
        <translation>Sagicc Desktop cannot start</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sagicc Desktop is already running with this data folder:
%1
Switch to the open window, or close it first.</source>
        <translation>Sagicc Desktop is already running with this data folder:
%1
Switch to the open window, or close it first.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The database file is damaged and cannot be opened. It has not been changed. Restore a backup, or move the file away to start empty:
%1</source>
        <translation>The database file is damaged and cannot be opened. It has not been changed. Restore a backup, or move the file away to start empty:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be written (it or its folder is read-only). Nothing has been changed. Check the permissions of:
%1</source>
        <translation>The database file cannot be written (it or its folder is read-only). Nothing has been changed. Check the permissions of:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database was written by a newer version of Sagicc Desktop. Install the newer version; the file has not been touched:
%1</source>
        <translation>This database was written by a newer version of Sagicc Desktop. Install the newer version; the file has not been touched:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database could not be opened: %1</source>
        <translation>The database could not be opened: %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No keychain is available on this workstation (%1): passwords for team mode and channels cannot be saved, everything else works.</source>
        <translation>No keychain is available on this workstation (%1): passwords for team mode and channels cannot be saved, everything else works.</translation>
    </message>
</context>
<context>
    <name>AssignedUsersPanel</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/assignment_panel.py" line="+164"/>
        <location line="+85"/>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>This ticket has no customer yet.</source>
        <translation>This ticket has no customer yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators and the assigned user may change or remove this assignment.</source>
        <translation>Only administrators and the assigned user may change or remove this assignment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an assignment first.</source>
        <translation>Select an assignment first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a user to this customer, for one campaign or for all (Insert)</source>
        <translation>Assign a user to this customer, for one campaign or for all (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators and the user assigned for all campaigns may assign users.</source>
        <translation>Only administrators and the user assigned for all campaigns may assign users.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change who is assigned (F2)</source>
        <translation>Change who is assigned (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the assignment (Del)</source>
        <translation>Remove the assignment (Del)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove assigned user</source>
        <translation>Remove assigned user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 as the customer&apos;s assigned user (%2)?</source>
        <translation>Remove %1 as the customer&apos;s assigned user (%2)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned user</source>
        <translation>Assigned user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned users</source>
        <translation>Assigned users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is assigned to this customer.</source>
        <translation>Nobody is assigned to this customer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location line="-174"/>
        <source>Change assigned user</source>
        <translation>Change assigned user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign user</source>
        <translation>Assign user</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaign:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was not saved</source>
        <translation>Why it was not saved</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/composer/attachment_chips.py" line="+82"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Files to send</source>
        <translation>Files to send</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/attachments_tab.py" line="+35"/>
        <source>From the customer</source>
        <translation>From the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by a user</source>
        <translation>Sent by a user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by hand</source>
        <translation>Added by hand</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Add files to this ticket (Ctrl+O), or drop them here</source>
        <translation>Add files to this ticket (Ctrl+O), or drop them here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected file (F2)</source>
        <translation>Rename the selected file (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Select a file first</source>
        <translation>Select a file first</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove the selected file (Delete)</source>
        <translation>Remove the selected file (Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of the selected file</source>
        <translation>Save a copy of the selected file</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+194"/>
        <source>Add attachments</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Adding %1… %p%</source>
        <translation>Adding %1… %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding %1</source>
        <translation>Adding %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Rename file</source>
        <translation>Rename file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for %1:</source>
        <translation>New name for %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New file name</source>
        <translation>New file name</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a copy of %1</source>
        <translation>Save a copy of %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this ticket?</source>
        <translation>Remove %1 from this ticket?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download…</source>
        <translation>Download…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download attachment</source>
        <translation>Download attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename attachment</source>
        <translation>Rename attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove attachment</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel adding files</source>
        <translation>Cancel adding files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding files</source>
        <translation>Adding files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments and preview</source>
        <translation>Attachments and preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attachments yet. Drop files here or use Add.</source>
        <translation>No attachments yet. Drop files here or use Add.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>AudioDevicesPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/audio_preferences.py" line="+107"/>
        <location line="+89"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Stop the test</source>
        <translation>Stop the test</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test microphone</source>
        <translation>Test microphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the sound</source>
        <translation>Stop the sound</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play test sound</source>
        <translation>Play test sound</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sound devices</source>
        <translation>Sound devices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Speaker:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker or headset</source>
        <translation>Speaker or headset</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for devices again</source>
        <translation>Look for devices again</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/contact_dialogs.py" line="+174"/>
        <source>Add to the block list</source>
        <translation>Add to the block list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” will receive nothing (no e-mails, messages or calls) until a supervisor takes it off the block list.</source>
        <translation>“%1” will receive nothing (no e-mails, messages or calls) until a supervisor takes it off the block list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this value receives nothing</source>
        <translation>Why this value receives nothing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block</source>
        <translation>&amp;Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CallLogDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/composer/call_dialog.py" line="+24"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call failed</source>
        <translation>Call failed</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Call log</source>
        <translation>Call log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number called</source>
        <translation>Number called</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Duration in seconds</source>
        <translation>Duration in seconds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call notes</source>
        <translation>Call notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said, what was agreed</source>
        <translation>What was said, what was agreed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the call</source>
        <translation>Save the call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/campaign_setup_page.py" line="+18"/>
        <source>Tas&amp;k form</source>
        <translation>Tas&amp;k form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;LA</source>
        <translation>S&amp;LA</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/admin/campaigns_page.py" line="+54"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s name, document, e-mail addresses and phone numbers.</source>
        <translation>The customer&apos;s name, document, e-mail addresses and phone numbers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject, description, status, priority, type, dates and who handles it.</source>
        <translation>Subject, description, status, priority, type, dates and who handles it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public messages with the customer (e-mail, WhatsApp, SMS, chat, calls).</source>
        <translation>The public messages with the customer (e-mail, WhatsApp, SMS, chat, calls).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each task saved: the task form&apos;s answers, its observations, when and by whom.</source>
        <translation>Each task saved: the task form&apos;s answers, its observations, when and by whom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The names and sizes of the ticket&apos;s files.</source>
        <translation>The names and sizes of the ticket&apos;s files.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links to the satisfaction surveys the customer has not answered yet.</source>
        <translation>Links to the satisfaction surveys the customer has not answered yet.</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This campaign has changes you have not saved. Save them first?</source>
        <translation>This campaign has changes you have not saved. Save them first?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>switched off</source>
        <translation>switched off</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+212"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>No channel opens new tickets in this campaign: its tickets are created by hand or moved here.</source>
        <translation>No channel opens new tickets in this campaign: its tickets are created by hand or moved here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New messages on %1 now open tickets in “%2”; saving moves them to this campaign.</source>
        <translation>New messages on %1 now open tickets in “%2”; saving moves them to this campaign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New messages on %1 that belong to no ticket open a new ticket in this campaign.</source>
        <translation>New messages on %1 that belong to no ticket open a new ticket in this campaign.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved, except the tabs that say what is wrong.</source>
        <translation>Saved, except the tabs that say what is wrong.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a campaign on the left, or create one.</source>
        <translation>Choose a campaign on the left, or create one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ina&amp;ctive</source>
        <translation>Show ina&amp;ctive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show inactive campaigns</source>
        <translation>Show inactive campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w campaign</source>
        <translation>Ne&amp;w campaign</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a campaign (Ctrl+N)</source>
        <translation>Create a campaign (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the campaign</source>
        <translation>Save the campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the tabs you changed (Ctrl+S)</source>
        <translation>Save the tabs you changed (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard chang&amp;es</source>
        <translation>Discard chang&amp;es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign settings</source>
        <translation>Campaign settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;hannels</source>
        <translation>C&amp;hannels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;ript</source>
        <translation>Sc&amp;ript</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;xternal view</source>
        <translation>E&amp;xternal view</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active</source>
        <translation>&amp;Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An inactive campaign keeps its tickets, but no new ones are opened in it. Campaigns are never deleted.</source>
        <translation>An inactive campaign keeps its tickets, but no new ones are opened in it. Campaigns are never deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interact with other contact data</source>
        <translation>&amp;Interact with other contact data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interact with other contact data</source>
        <translation>Interact with other contact data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents may write to addresses and numbers that are not the customer&apos;s own. When off, only the customer&apos;s contact data can receive messages.</source>
        <translation>Agents may write to addresses and numbers that are not the customer&apos;s own. When off, only the customer&apos;s contact data can receive messages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick the users who work in this campaign. When tickets of other campaigns are hidden, agents see only the campaigns they belong to.</source>
        <translation>Tick the users who work in this campaign. When tickets of other campaigns are hidden, agents see only the campaigns they belong to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name, user name or role</source>
        <translation>Filter by name, user name or role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter users</source>
        <translation>Filter users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the channels agents may answer through in this campaign&apos;s tickets; the composer offers only these.</source>
        <translation>Tick the channels agents may answer through in this campaign&apos;s tickets; the composer offers only these.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;tickets from:</source>
        <translation>New &amp;tickets from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel whose new messages open tickets here</source>
        <translation>Channel whose new messages open tickets here</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What agents read in the ticket&apos;s Script tab: greeting, questions, steps. Headings, lists, bold, links and tables are kept.</source>
        <translation>What agents read in the ticket&apos;s Script tab: greeting, questions, steps. Headings, lists, bold, links and tables are kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign script</source>
        <translation>Campaign script</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the ticket&apos;s external view (the read-only page shared with the customer) shows:</source>
        <translation>What the ticket&apos;s external view (the read-only page shared with the customer) shows:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private notes and internal interactions are never shown.</source>
        <translation>Private notes and internal interactions are never shown.</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/change_log.py" line="+234"/>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+6"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda entry</source>
        <translation>Agenda entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact data</source>
        <translation>Contact data</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Account data</source>
        <translation>Account data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block list</source>
        <translation>Block list</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected solution</source>
        <translation>Expected solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged from</source>
        <translation>Merged from</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Related ticket</source>
        <translation>Related ticket</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held e-mail</source>
        <translation>Held e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicated from</source>
        <translation>Duplicated from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicated as</source>
        <translation>Duplicated as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin channel</source>
        <translation>Origin channel</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Related customer</source>
        <translation>Related customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned user</source>
        <translation>Assigned user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second last name</source>
        <translation>Second last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest attachment</source>
        <translation>Largest attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed file types</source>
        <translation>Allowed file types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Campaign membership</source>
        <translation>Campaign membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide tickets from agents in other campaigns</source>
        <translation>Hide tickets from agents in other campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>E-mail signature</source>
        <translation>E-mail signature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign channel</source>
        <translation>Campaign channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign script</source>
        <translation>Campaign script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interact with other contact data</source>
        <translation>Interact with other contact data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens new tickets here</source>
        <translation>Opens new tickets here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script text</source>
        <translation>Script text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: customer</source>
        <translation>External view: customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: ticket</source>
        <translation>External view: ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: conversation</source>
        <translation>External view: conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: tasks</source>
        <translation>External view: tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: files</source>
        <translation>External view: files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: surveys</source>
        <translation>External view: surveys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task form</source>
        <translation>Task form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA rule</source>
        <translation>SLA rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours to solve</source>
        <translation>Hours to solve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP password</source>
        <translation>IMAP password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider token</source>
        <translation>Provider token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message template</source>
        <translation>Message template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template category</source>
        <translation>Template category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChangeLogTable</name>
    <message>
        <location line="-74"/>
        <source>Filter the changes</source>
        <translation>Filter the changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by field, value or user…</source>
        <translation>Filter by field, value or user…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of change</source>
        <translation>Type of change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous value</source>
        <translation>Previous value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 of %2 changes</source>
        <translation>%1 of %2 changes</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/channels_page.py" line="+403"/>
        <source>(inactive)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the new channel</source>
        <translation>the new channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “%1”?</source>
        <translation>Discard your changes to “%1”?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Chat channels are set up by the chat plugin, not here.</source>
        <translation>Chat channels are set up by the chat plugin, not here.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the CA file</source>
        <translation>Choose the CA file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+242"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+198"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Correct the marked fields first.</source>
        <translation>Correct the marked fields first.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A number in international form (+57…), a short code, or a name of up to 11 letters and digits.</source>
        <translation>A number in international form (+57…), a short code, or a name of up to 11 letters and digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WhatsApp Business number in international form (+57…).</source>
        <translation>The WhatsApp Business number in international form (+57…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New e-mail channel</source>
        <translation>New e-mail channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New phone channel</source>
        <translation>New phone channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New WhatsApp channel</source>
        <translation>New WhatsApp channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New SMS channel</source>
        <translation>New SMS channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 channel: %2</source>
        <translation>%1 channel: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A password is stored in the keychain. Type a new one to replace it; leave this empty to keep it.</source>
        <translation>A password is stored in the keychain. Type a new one to replace it; leave this empty to keep it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is stored. Type one if the server asks for a login.</source>
        <translation>No password is stored. Type one if the server asks for a login.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain cannot be read on this computer, so the stored password is unknown.</source>
        <translation>The keychain cannot be read on this computer, so the stored password is unknown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Kept in this computer&apos;s keychain, never in the database.</source>
        <translation>Kept in this computer&apos;s keychain, never in the database.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Stored: leave empty to keep it</source>
        <translation>Stored: leave empty to keep it</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A token is stored in the keychain. Type a new one to replace it; leave this empty to keep it.</source>
        <translation>A token is stored in the keychain. Type a new one to replace it; leave this empty to keep it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token is stored yet.</source>
        <translation>No token is stored yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain cannot be read on this computer, so the stored token is unknown.</source>
        <translation>The keychain cannot be read on this computer, so the stored token is unknown.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The ways customers reach you: e-mail boxes, telephony, WhatsApp and SMS. Passwords and tokens go to this computer&apos;s keychain, never to the database.</source>
        <translation>The ways customers reach you: e-mail boxes, telephony, WhatsApp and SMS. Passwords and tokens go to this computer&apos;s keychain, never to the database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can set up channels.</source>
        <translation>Only administrators can set up channels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New c&amp;hannel</source>
        <translation>New c&amp;hannel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New channel</source>
        <translation>New channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a channel (Insert)</source>
        <translation>Create a channel (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of channel</source>
        <translation>Kind of channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;WhatsApp</source>
        <translation>&amp;WhatsApp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a channel in the list, or create one with New channel.</source>
        <translation>Choose a channel in the list, or create one with New channel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (in use for sending and receiving)</source>
        <translation>&amp;Active (in use for sending and receiving)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending (SMTP)</source>
        <translation>Sending (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving (IMAP, optional)</source>
        <translation>Receiving (IMAP, optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephony</source>
        <translation>Telephony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-mail address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>Securit&amp;y:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secur&amp;ity:</source>
        <translation>Secur&amp;ity:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Por&amp;t:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA fi&amp;le:</source>
        <translation>CA fi&amp;le:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calls as:</source>
        <translation>&amp;Calls as:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIP &amp;domain:</source>
        <translation>SIP &amp;domain:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sender:</source>
        <translation>&amp;Sender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpoint URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest si&amp;ze:</source>
        <translation>Largest si&amp;ze:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allowed types:</source>
        <translation>Allowed types:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP security</source>
        <translation>SMTP security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP port</source>
        <translation>SMTP port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP user</source>
        <translation>SMTP user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP CA file</source>
        <translation>SMTP CA file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP server</source>
        <translation>IMAP server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAP security</source>
        <translation>IMAP security</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP port</source>
        <translation>IMAP port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAP user</source>
        <translation>IMAP user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP password</source>
        <translation>IMAP password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAP folder</source>
        <translation>IMAP folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP CA file</source>
        <translation>IMAP CA file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For sip: only; empty uses the softphone&apos;s own.</source>
        <translation>For sip: only; empty uses the softphone&apos;s own.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per message; 0 means the channel takes no files.</source>
        <translation>Per message; 0 means the channel takes no files.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas; empty allows every type.</source>
        <translation>Separated by commas; empty allows every type.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tel: links (the computer&apos;s phone application)</source>
        <translation>tel: links (the computer&apos;s phone application)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sip: links (a SIP softphone)</source>
        <translation>sip: links (a SIP softphone)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS (SSL)</source>
        <translation>TLS (SSL)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None (unencrypted)</source>
        <translation>None (unencrypted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the %1 CA file</source>
        <translation>Choose the %1 CA file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a server with its own certificate</source>
        <translation>Only for a server with its own certificate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing</source>
        <translation>Testing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test result</source>
        <translation>Test result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test sendin&amp;g (SMTP)</source>
        <translation>Test sendin&amp;g (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the SMTP connection</source>
        <translation>Test the SMTP connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test receiving (I&amp;MAP)</source>
        <translation>Test receiving (I&amp;MAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the IMAP connection</source>
        <translation>Test the IMAP connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the channel</source>
        <translation>Save the channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/composer/composer.py" line="+194"/>
        <source>No outgoing channel is enabled for this campaign.</source>
        <translation>No outgoing channel is enabled for this campaign.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the block list: %1</source>
        <translation>On the block list: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand the number to the softphone and log the call</source>
        <translation>Hand the number to the softphone and log the call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the message for sending (Ctrl+Enter)</source>
        <translation>Queue the message for sending (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for the call log (optional)</source>
        <translation>Notes for the call log (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your reply…</source>
        <translation>Write your reply…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No templates for this channel</source>
        <translation>No templates for this channel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read %1: it may have been moved or deleted.</source>
        <translation>Could not read %1: it may have been moved or deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not carry files.</source>
        <translation>%1 does not carry files.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not take files of this type (%2).</source>
        <translation>%1 does not take files of this type (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too large: %1 takes at most %2 of files per message.</source>
        <translation>Too large: %1 takes at most %2 of files per message.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Draft restored.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files of the draft are gone and were left out: %1</source>
        <translation>These files of the draft are gone and were left out: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+134"/>
        <source>Clear the message</source>
        <translation>Clear the message</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Empty the message and discard its draft and files?</source>
        <translation>Empty the message and discard its draft and files?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Queuing…</source>
        <translation>Queuing…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued for sending.</source>
        <translation>Queued for sending.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is on the block list: nothing can be sent to it.</source>
        <translation>%1 is on the block list: nothing can be sent to it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the number to call.</source>
        <translation>Choose the number to call.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No softphone answered %1. Dial the number by hand and log the call.</source>
        <translation>No softphone answered %1. Dial the number by hand and log the call.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call logged.</source>
        <translation>Call logged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCC</source>
        <translation>BCC</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Addresses separated by commas</source>
        <translation>Addresses separated by commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the ticket&apos;s subject</source>
        <translation>Empty: the ticket&apos;s subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other contact data…</source>
        <translation>Other contact data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to another customer&apos;s or a third party&apos;s contact data</source>
        <translation>Write to another customer&apos;s or a third party&apos;s contact data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add my signature</source>
        <translation>Add my signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the survey link</source>
        <translation>Insert the survey link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files (or drop them here)</source>
        <translation>Attach files (or drop them here)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a voice note</source>
        <translation>Record a voice note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty the message and forget its draft</source>
        <translation>Empty the message and forget its draft</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/contact_dialogs.py" line="-70"/>
        <source>Edit contact data</source>
        <translation>Edit contact data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add contact data</source>
        <translation>Add contact data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contact data</source>
        <translation>&amp;Contact data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal, Work, Home…</source>
        <translation>Personal, Work, Home…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Primary for its type</source>
        <translation>&amp;Primary for its type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary for its type</source>
        <translation>Primary for its type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save contact data</source>
        <translation>Save contact data</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactKinds</name>
    <message>
        <location line="-103"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social profile</source>
        <translation>Social profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>601 234 5678, or +1 202 456 1111</source>
        <translation>601 234 5678, or +1 202 456 1111</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>300 123 4567, or +1 202 456 1111</source>
        <translation>300 123 4567, or +1 202 456 1111</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street and number, city</source>
        <translation>Street and number, city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@profile or the profile&apos;s link</source>
        <translation>@profile or the profile&apos;s link</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/contact_tab.py" line="+73"/>
        <location line="+185"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Blocked: receives nothing.</source>
        <translation>Blocked: receives nothing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, blocked</source>
        <translation>%1, blocked</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Viewers can read contact data but not change it.</source>
        <translation>Viewers can read contact data but not change it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is closed: its customer&apos;s contact data cannot be changed here.</source>
        <translation>This ticket is closed: its customer&apos;s contact data cannot be changed here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket has no customer yet.</source>
        <translation>This ticket has no customer yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a contact first.</source>
        <translation>Select a contact first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add contact data (Insert)</source>
        <translation>Add contact data (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (F2)</source>
        <translation>Edit (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already on the block list.</source>
        <translation>Already on the block list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this value to the block list: it will receive nothing.</source>
        <translation>Add this value to the block list: it will receive nothing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is not on the block list.</source>
        <translation>This value is not on the block list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only supervisors and administrators may take a value off the block list.</source>
        <translation>Only supervisors and administrators may take a value off the block list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take this value off the block list.</source>
        <translation>Take this value off the block list.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+79"/>
        <source>Delete contact data</source>
        <translation>Delete contact data</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Delete “%1” from this customer&apos;s contact data?</source>
        <translation>Delete “%1” from this customer&apos;s contact data?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+57"/>
        <source>Take off the block list</source>
        <translation>Take off the block list</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Take “%1” off the block list? It will receive messages and calls again.</source>
        <translation>Take “%1” off the block list? It will receive messages and calls again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Unblock</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Contact data</source>
        <translation>Contact data</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has no contact data yet.</source>
        <translation>This customer has no contact data yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this tab is read-only</source>
        <translation>Why this tab is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact data actions</source>
        <translation>Contact data actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unblock</source>
        <translation>Unblock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add contact data</source>
        <translation>Add contact data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact data</source>
        <translation>Edit contact data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the block list</source>
        <translation>Add to the block list</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/detail_tabs.py" line="-179"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has no contact details.</source>
        <translation>This customer has no contact details.</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/conversation/tab.py" line="+322"/>
        <source>No interactions match these filters.</source>
        <translation>No interactions match these filters.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View more…</source>
        <translation>View more…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole interaction: headers, all its text, attachments (Enter)</source>
        <translation>The whole interaction: headers, all its text, attachments (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry sending</source>
        <translation>Retry sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the first interaction</source>
        <translation>Go to the first interaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the newest interaction</source>
        <translation>Go to the newest interaction</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>No interactions yet.</source>
        <translation>No interactions yet.</translation>
    </message>
</context>
<context>
    <name>CustomerMergeDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/merge_dialog.py" line="+161"/>
        <source>Choose the duplicate customer first: search for it above.</source>
        <translation>Choose the duplicate customer first: search for it above.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+55"/>
        <source>Merge customers</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Merge “%1” into “%2”? What you chose moves to “%2” and “%1” stays only as a pointer to it. This cannot be undone.</source>
        <translation>Merge “%1” into “%2”? What you chose moves to “%2” and “%1” stays only as a pointer to it. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Find the duplicate of “%1”, compare the two, choose which one stays and what it takes over.</source>
        <translation>Find the duplicate of “%1”, compare the two, choose which one stays and what it takes over.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer</source>
        <translation>This customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last interaction</source>
        <translation>Last interaction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two customers side by side</source>
        <translation>The two customers side by side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is compared</source>
        <translation>What is compared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer that stays</source>
        <translation>Customer that stays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This customer: %1</source>
        <translation>&amp;This customer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;duplicate: %1</source>
        <translation>The &amp;duplicate: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this customer</source>
        <translation>Keep this customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the duplicate</source>
        <translation>Keep the duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the customer that stays</source>
        <translation>Move to the customer that stays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact details</source>
        <translation>C&amp;ontact details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ickets and their interactions</source>
        <translation>T&amp;ickets and their interactions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging cannot be undone: the other customer is kept only as a pointer to the one that stays. Related customers and assigned users always move.</source>
        <translation>Merging cannot be undone: the other customer is kept only as a pointer to the one that stays. Related customers and assigned users always move.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the merge did not run</source>
        <translation>Why the merge did not run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge progress</source>
        <translation>Merge progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/related_panel.py" line="+73"/>
        <location line="+47"/>
        <source>Type a name, document number, phone or e-mail.</source>
        <translation>Type a name, document number, phone or e-mail.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No customer matches.</source>
        <translation>No customer matches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More customers match: type more to narrow the list.</source>
        <translation>More customers match: type more to narrow the list.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search customers by name, document, phone or e-mail</source>
        <translation>Search customers by name, document, phone or e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers found</source>
        <translation>Customers found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search result</source>
        <translation>Search result</translation>
    </message>
</context>
<context>
    <name>CustomerProfilePage</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/profile_page.py" line="+163"/>
        <source>%1 was merged into this customer: this is the customer that remains.</source>
        <translation>%1 was merged into this customer: this is the customer that remains.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer you opened</source>
        <translation>The customer you opened</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions and tickets</source>
        <translation>Interactions and tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Related customers</source>
        <translation>Related customers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer profile</source>
        <translation>Customer profile</translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/customer_tab.py" line="+42"/>
        <source>same document</source>
        <translation>same document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared phone</source>
        <translation>shared phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared e-mail</source>
        <translation>shared e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same date of birth</source>
        <translation>same date of birth</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Looking for customers that may be the same person…</source>
        <translation>Looking for customers that may be the same person…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created %1 by %2</source>
        <translation>Created %1 by %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed %1 by %2</source>
        <translation>changed %1 by %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last interaction %1</source>
        <translation>last interaction %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+181"/>
        <source>No date of birth</source>
        <translation>No date of birth</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Save the customer&apos;s information (Ctrl+S)</source>
        <translation>Save the customer&apos;s information (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>%1 % alike: %2</source>
        <translation>%1 % alike: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n customer(s) may be the same person.</source>
        <translation>
            <numerusform>%n customer may be the same person.</numerusform>
            <numerusform>%n customers may be the same person.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other customer looks like this one.</source>
        <translation>No other customer looks like this one.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This customer may be a duplicate of %1 (%2 %).</source>
        <translation>This customer may be a duplicate of %1 (%2 %).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Similar customers could not be looked for: %1</source>
        <translation>Similar customers could not be looked for: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a similar customer first.</source>
        <translation>Select a similar customer first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the selected customer this ticket&apos;s customer (this customer keeps its other tickets)</source>
        <translation>Make the selected customer this ticket&apos;s customer (this customer keeps its other tickets)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge the selected customer and this one into one customer</source>
        <translation>Merge the selected customer and this one into one customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a duplicate by search and merge it</source>
        <translation>Find a duplicate by search and merge it</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change the ticket&apos;s customer</source>
        <translation>Change the ticket&apos;s customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make “%1” this ticket&apos;s customer? The ticket and its conversation move to “%1”; “%2” keeps its other tickets.</source>
        <translation>Make “%1” this ticket&apos;s customer? The ticket and its conversation move to “%1”; “%2” keeps its other tickets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change customer</source>
        <translation>&amp;Change customer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Document type</source>
        <translation>&amp;Document type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document &amp;number</source>
        <translation>Document &amp;number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Middle name</source>
        <translation>&amp;Middle name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;econd last name</source>
        <translation>S&amp;econd last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save customer</source>
        <translation>Save customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo changes</source>
        <translation>&amp;Undo changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;profile</source>
        <translation>Open &amp;profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the customer&apos;s profile</source>
        <translation>Open the customer&apos;s profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created and changed</source>
        <translation>Created and changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ticket has no customer yet.</source>
        <translation>This ticket has no customer yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Similar customers</source>
        <translation>Similar customers</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matched</source>
        <translation>What matched</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar customers status</source>
        <translation>Similar customers status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for this ticket</source>
        <translation>&amp;Use for this ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for this ticket</source>
        <translation>Use for this ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer&amp;ge…</source>
        <translation>Mer&amp;ge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with this customer</source>
        <translation>Merge with this customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a duplicate…</source>
        <translation>Find a duplicate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a duplicate to merge</source>
        <translation>Find a duplicate to merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related customers</source>
        <translation>Related customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned user</source>
        <translation>Assigned user</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/customers_page.py" line="-100"/>
        <source>More customers match: keep typing to narrow the list.</source>
        <translation>More customers match: keep typing to narrow the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer matches “%1”.</source>
        <translation>No customer matches “%1”.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+11"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Search by name, document number, e-mail or phone</source>
        <translation>Search by name, document number, e-mail or phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New customer…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers cannot create customers.</source>
        <translation>Viewers cannot create customers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a customer (Ctrl+N)</source>
        <translation>Create a customer (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Main contact</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last interaction</source>
        <translation>Last interaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click opens the customer&apos;s profile</source>
        <translation>Enter or double-click opens the customer&apos;s profile</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/dashboard_tab.py" line="+114"/>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+59"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Preferred channel</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful channel</source>
        <translation>Successful channel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The channel the customer writes to us on most</source>
        <translation>The channel the customer writes to us on most</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel on which the customer answered us or read our messages in most tickets</source>
        <translation>The channel on which the customer answered us or read our messages in most tickets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tickets or interactions in these dates.</source>
        <translation>No tickets or interactions in these dates.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tickets by status</source>
        <translation>Tickets by status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Interactions per channel</source>
        <translation>Interactions per channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the customer</source>
        <translation>From the customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the customer</source>
        <translation>To the customer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tickets and interactions by campaign</source>
        <translation>Tickets and interactions by campaign</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../sagicc_desktop/views/task_form.py" line="+91"/>
        <source>Pick %1 on a calendar</source>
        <translation>Pick %1 on a calendar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a date on a calendar</source>
        <translation>Pick a date on a calendar</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/date_range.py" line="+82"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter from a date</source>
        <translation>Filter from a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter up to a date</source>
        <translation>Filter up to a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the dates</source>
        <translation>Clear the dates</translation>
    </message>
</context>
<context>
    <name>ExternalViewDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/external_view_dialog.py" line="+120"/>
        <source>Save the external view as HTML</source>
        <translation>Save the external view as HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Save the external view as PDF</source>
        <translation>Save the external view as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>External view of ticket #%1</source>
        <translation>External view of ticket #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What people outside the company see of this ticket: the sections its campaign shares. Private notes and internal messages are never included.</source>
        <translation>What people outside the company see of this ticket: the sections its campaign shares. Private notes and internal messages are never included.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Open in browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;HTML…</source>
        <translation>Save as &amp;HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the page</source>
        <translation>Language of the page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the external view</source>
        <translation>Preview of the external view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the external view</source>
        <translation>About the external view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as HTML</source>
        <translation>Save as HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/file_preview.py" line="+137"/>
        <source>Select a file to preview it.</source>
        <translation>Select a file to preview it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preview for this type of file. Use Download to open it.</source>
        <translation>There is no preview for this type of file. Use Download to open it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be shown; it may be damaged. Use Download to keep a copy.</source>
        <translation>This file cannot be shown; it may be damaged. Use Download to keep a copy.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>File preview</source>
        <translation>File preview</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Image preview</source>
        <translation>Image preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF preview</source>
        <translation>PDF preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text preview</source>
        <translation>Text preview</translation>
    </message>
</context>
<context>
    <name>FilePreviewDialog</name>
    <message>
        <location line="+25"/>
        <source>Preview: %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close preview</source>
        <translation>Close preview</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/files_tab.py" line="+119"/>
        <source>Save a copy of %1</source>
        <translation>Save a copy of %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete file</source>
        <translation>Delete file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from ticket #%2?</source>
        <translation>Delete %1 from ticket #%2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of the customer&apos;s tickets</source>
        <translation>Files of the customer&apos;s tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files in this customer&apos;s tickets.</source>
        <translation>No files in this customer&apos;s tickets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View the file (Enter)</source>
        <translation>View the file (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy of the file</source>
        <translation>Save a copy of the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ticket</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the file&apos;s ticket</source>
        <translation>Open the file&apos;s ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the file from its ticket</source>
        <translation>Delete the file from its ticket</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/conversation/filter_bar.py" line="+148"/>
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show %1 interactions</source>
        <translation>Show %1 interactions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only interactions on or after this day</source>
        <translation>Only interactions on or after this day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only interactions on or before this day</source>
        <translation>Only interactions on or before this day</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>View previous interactions</source>
        <translation>View previous interactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the interactions of this customer&apos;s other tickets, each marked with its ticket number</source>
        <translation>Add the interactions of this customer&apos;s other tickets, each marked with its ticket number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the first interaction (Ctrl+Home)</source>
        <translation>Go to the first interaction (Ctrl+Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the first interaction</source>
        <translation>Go to the first interaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the newest interaction (Ctrl+End)</source>
        <translation>Go to the newest interaction (Ctrl+End)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the newest interaction</source>
        <translation>Go to the newest interaction</translation>
    </message>
</context>
<context>
    <name>HeldMailModel</name>
    <message>
        <location filename="../../sagicc_desktop/models/held_mail_model.py" line="+28"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released by</source>
        <translation>Released by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocked sender</source>
        <translation>Blocked sender</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
</context>
<context>
    <name>HeldMailPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/held_mail_page.py" line="+383"/>
        <source>Reading the message…</source>
        <translation>Reading the message…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a message to read it here before you release or discard it.</source>
        <translation>Select a message to read it here before you release or discard it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+81"/>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>No longer blocked: the sender has been taken off the block list.</source>
        <translation>No longer blocked: the sender has been taken off the block list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked. Reason given: %1</source>
        <translation>Blocked. Reason given: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked (no reason given).</source>
        <translation>Blocked (no reason given).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — not opened here</source>
        <translation>%1 — not opened here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown as plain text: nothing in the message is opened or loaded.</source>
        <translation>Shown as plain text: nothing in the message is opened or loaded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It also has an HTML version, not shown because the sender is blocked.</source>
        <translation>It also has an HTML version, not shown because the sender is blocked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the beginning of a long text is shown; releasing keeps all of it.</source>
        <translation>Only the beginning of a long text is shown; releasing keeps all of it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(This message has no text.)</source>
        <translation>(This message has no text.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 by %2, into ticket #%3</source>
        <translation>%1 by %2, into ticket #%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open ticket #%1</source>
        <translation>Open ticket #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+268"/>
        <source>Open ticket</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Only supervisors and administrators may release or discard a held message.</source>
        <translation>Only supervisors and administrators may release or discard a held message.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an unknown sender</source>
        <translation>an unknown sender</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Release held e-mail</source>
        <translation>Release held e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release the message from %1, “%2”?</source>
        <translation>Release the message from %1, “%2”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is stored as if it had just arrived: it opens a new ticket, or joins its ticket if it answers one. The sender stays on the block list, so their next messages will be held too.</source>
        <translation>It is stored as if it had just arrived: it opens a new ticket, or joins its ticket if it answers one. The sender stays on the block list, so their next messages will be held too.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Discard held e-mail</source>
        <translation>Discard held e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the message from %1, “%2”?</source>
        <translation>Discard the message from %1, “%2”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is deleted for good and cannot be undone. If the mailbox still has it, it will not be fetched again.</source>
        <translation>It is deleted for good and cannot be undone. If the mailbox still has it, it will not be fetched again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <location line="+91"/>
        <location line="+3"/>
        <location line="+31"/>
        <source>Held e-mail</source>
        <translation>Held e-mail</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This message is no longer held: someone else may have released or discarded it. The list has been refreshed.</source>
        <translation>This message is no longer held: someone else may have released or discarded it. The list has been refreshed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held e-mail actions</source>
        <translation>Held e-mail actions</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Releasing the message from %1…</source>
        <translation>Releasing the message from %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message from %1 was discarded.</source>
        <translation>The message from %1 was discarded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Released: the message from %1 became the new ticket %2.</source>
        <translation>Released: the message from %1 became the new ticket %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released: the message from %1 joined ticket %2.</source>
        <translation>Released: the message from %1 joined ticket %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender is still blocked.</source>
        <translation>The sender is still blocked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open ticket %1</source>
        <translation>Open ticket %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+3"/>
        <source>Held e-mail (%1)</source>
        <translation>Held e-mail (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>No e-mail is being held.</source>
        <translation>No e-mail is being held.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>None has been released either.</source>
        <translation>None has been released either.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages from senders on the block list will wait here for you to release or discard them.</source>
        <translation>Messages from senders on the block list will wait here for you to release or discard them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail from senders on the block list is kept here instead of becoming a ticket. Read it, then release it (it becomes a ticket or joins its ticket) or discard it.</source>
        <translation>E-mail from senders on the block list is kept here instead of becoming a ticket. Read it, then release it (it becomes a ticket or joins its ticket) or discard it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only supervisors and administrators can see e-mail held aside from blocked senders. Ask a supervisor if you are expecting a message that has not arrived.</source>
        <translation>Only supervisors and administrators can see e-mail held aside from blocked senders. Ask a supervisor if you are expecting a message that has not arrived.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show released</source>
        <translation>Show released</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show released messages too</source>
        <translation>Show released messages too</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the messages already released too, with who released them and where they went</source>
        <translation>List the messages already released too, with who released them and where they went</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Refresh the list</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list again (F5)</source>
        <translation>Read the list again (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result of the last action</source>
        <translation>Result of the last action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected message</source>
        <translation>Selected message</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Message preview</source>
        <translation>Message preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox:</source>
        <translation>Mailbox:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block list:</source>
        <translation>Block list:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released:</source>
        <translation>Released:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block list</source>
        <translation>Block list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the message is shown</source>
        <translation>How the message is shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release…</source>
        <translation>Release…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release the message</source>
        <translation>Release the message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the message</source>
        <translation>Discard the message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the ticket it went to</source>
        <translation>Open the ticket it went to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard (Delete)</source>
        <translation>Discard (Delete)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/history_tab.py" line="+50"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next task</source>
        <translation>Next task</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task history</source>
        <translation>Task history</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>View more…</source>
        <translation>View more…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View all fields of the selected task</source>
        <translation>View all fields of the selected task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the selected task (Enter)</source>
        <translation>Every field of the selected task (Enter)</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>No tasks saved for this ticket.</source>
        <translation>No tasks saved for this ticket.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/import_dialog.py" line="+274"/>
        <source>Only administrators can import.</source>
        <translation>Only administrators can import.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+263"/>
        <source>Choose the CSV file</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+94"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+94"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+94"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+95"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report saved to %1.</source>
        <translation>Report saved to %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>The import was cancelled: nothing was written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: %1 of %2 rows were refused (listed below). Correct them in the file and import it again, or choose to import the valid rows and skip the refused ones.</source>
        <translation>Nothing was imported: %1 of %2 rows were refused (listed below). Correct them in the file and import it again, or choose to import the valid rows and skip the refused ones.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>Imported %n customer.</numerusform>
            <numerusform>Imported %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n ticket(s).</source>
        <translation>
            <numerusform>Imported %n ticket.</numerusform>
            <numerusform>Imported %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) were refused and skipped (listed below).</source>
        <translation>
            <numerusform>%n row was refused and skipped (listed below).</numerusform>
            <numerusform>%n rows were refused and skipped (listed below).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertical bars</source>
        <translation>vertical bars</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not UTF-8: it was read as Windows-1252 (Western European). Check that accents and ñ look right below; if they do not, save the file as UTF-8 and choose it again.</source>
        <translation>This file is not UTF-8: it was read as Windows-1252 (Western European). Check that accents and ñ look right below; if they do not, save the file as UTF-8 and choose it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as UTF-8.</source>
        <translation>Read as UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns separated by %1; about %2 rows.</source>
        <translation>Columns separated by %1; about %2 rows.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from CSV</source>
        <translation>Import from CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. What to import</source>
        <translation>1. What to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import:</source>
        <translation>Import:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomers and their contact data</source>
        <translation>C&amp;ustomers and their contact data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tickets</source>
        <translation>&amp;Tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import tickets</source>
        <translation>Import tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. The first rows</source>
        <translation>2. The first rows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s first rows</source>
        <translation>The file&apos;s first rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s columns</source>
        <translation>The file&apos;s columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Columns</source>
        <translation>3. Columns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For each field, choose the file&apos;s column that holds it; fields marked * are required. Columns named like the field (in English or Spanish) are already chosen.</source>
        <translation>For each field, choose the file&apos;s column that holds it; fields marked * are required. Columns named like the field (in English or Spanish) are already chosen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the valid rows and skip the &amp;refused ones</source>
        <translation>Import the valid rows and skip the &amp;refused ones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the valid rows and skip the refused ones</source>
        <translation>Import the valid rows and skip the refused ones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise the import is all or nothing: one refused row and nothing is written.</source>
        <translation>Otherwise the import is all or nothing: one refused row and nothing is written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused rows</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of the report</source>
        <translation>Columns of the report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Save report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report of refused rows</source>
        <translation>Save the report of refused rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to the file</source>
        <translation>&amp;Back to the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the file and the columns</source>
        <translation>Back to the file and the columns</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/import_page.py" line="+45"/>
        <source>Import from CSV</source>
        <translation>Import from CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Bring customers (with their document, names, phones and e-mail) or tickets from another system as CSV files, as spreadsheets export them.&lt;/p&gt;&lt;p&gt;You match the file&apos;s columns to the fields, every row is checked first, and a report says which rows were refused and why. Nothing is half imported: either every row goes in, or, if you choose, only the valid ones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bring customers (with their document, names, phones and e-mail) or tickets from another system as CSV files, as spreadsheets export them.&lt;/p&gt;&lt;p&gt;You match the file&apos;s columns to the fields, every row is checked first, and a report says which rows were refused and why. Nothing is half imported: either every row goes in, or, if you choose, only the valid ones.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import a CSV file…</source>
        <translation>&amp;Import a CSV file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV file</source>
        <translation>Import a CSV file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About importing</source>
        <translation>About importing</translation>
    </message>
</context>
<context>
    <name>InformationTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/info_tab.py" line="+82"/>
        <location line="+82"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Document &amp;type</source>
        <translation>Document &amp;type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document &amp;number</source>
        <translation>Document &amp;number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Middle name</source>
        <translation>&amp;Middle name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second last name</source>
        <translation>&amp;Second last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Year, month and day, e.g. 1985-04-23; leave empty if unknown</source>
        <translation>Year, month and day, e.g. 1985-04-23; leave empty if unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the customer (Ctrl+S)</source>
        <translation>Save the customer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save customer</source>
        <translation>Save customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/conversation/interaction_dialog.py" line="+35"/>
        <source>No connector is set up for this channel yet: the message waits in the outbox.</source>
        <translation>No connector is set up for this channel yet: the message waits in the outbox.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mailbox password is not in this computer&apos;s keychain: ask an administrator to enter it.</source>
        <translation>The mailbox password is not in this computer&apos;s keychain: ask an administrator to enter it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no keychain to hold the mailbox password.</source>
        <translation>This computer has no keychain to hold the mailbox password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending was interrupted when the application closed; it is sent again.</source>
        <translation>Sending was interrupted when the application closed; it is sent again.</translation>
    </message>
    <message numerus="yes">
        <location line="+171"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation>sent %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next try %1</source>
        <translation>next try %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BCC</source>
        <translation>BCC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal (not shown to the customer)</source>
        <translation>Internal (not shown to the customer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call failed</source>
        <translation>Call failed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interaction: %1</source>
        <translation>Interaction: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender is on the block list: nothing can be sent to this address or number.</source>
        <translation>The sender is on the block list: nothing can be sent to this address or number.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All headers (%n)</source>
        <translation>
            <numerusform>All headers (%n)</numerusform>
            <numerusform>All headers (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all headers</source>
        <translation>Show all headers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message headers</source>
        <translation>Message headers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote images are blocked, so the sender cannot tell that (or where) this message was opened.</source>
        <translation>Remote images are blocked, so the sender cannot tell that (or where) this message was opened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Show remote images</source>
        <translation>Show remote images</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text</source>
        <translation>Message text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected attachment as a file</source>
        <translation>Save the selected attachment as a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this message again</source>
        <translation>Send this message again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sending this message</source>
        <translation>Cancel sending this message</translation>
    </message>
</context>
<context>
    <name>InteractionsTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/interactions_tab.py" line="+126"/>
        <source>From the customer</source>
        <translation>From the customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the customer</source>
        <translation>To the customer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets of the customer</source>
        <translation>Tickets of the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions of the customer</source>
        <translation>Interactions of the customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tickets in these dates.</source>
        <translation>No tickets in these dates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interactions in these dates.</source>
        <translation>No interactions in these dates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add ticket</source>
        <translation>Add ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add a ticket for this customer</source>
        <translation>Add a ticket for this customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ticket</source>
        <translation>Open ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected ticket</source>
        <translation>Open the selected ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected ticket (Enter or double-click a row)</source>
        <translation>Open the selected ticket (Enter or double-click a row)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sagicc_desktop/models/labels.py" line="+12"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CE</source>
        <translation>CE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ID</source>
        <translation>Other ID</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../sagicc_desktop/i18n.py" line="+43"/>
        <source>English</source>
        <extracomment>Name of a language, shown in the language picker.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
</context>
<context>
    <name>LayoutControls</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/layout_controls.py" line="+189"/>
        <source>You are already using your role&apos;s layout.</source>
        <translation>You are already using your role&apos;s layout.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two columns</source>
        <translation>Two columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three columns</source>
        <translation>Three columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show tabs</source>
        <translation>Show tabs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to my role&apos;s layout</source>
        <translation>Reset to my role&apos;s layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a role&apos;s layout…</source>
        <translation>Edit a role&apos;s layout…</translation>
    </message>
</context>
<context>
    <name>LayoutEditBar</name>
    <message>
        <location line="-141"/>
        <source>Editing the layout of the role</source>
        <translation>Editing the layout of the role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move, stack, float or hide tabs, then save it for everyone with this role.</source>
        <translation>Move, stack, float or hide tabs, then save it for everyone with this role.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role whose layout is edited</source>
        <translation>Role whose layout is edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save for role</source>
        <translation>Save for role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout editing</source>
        <translation>Layout editing</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sagicc_desktop/views/main_window.py" line="+249"/>
        <source>Reminder: %1 at %2, ticket #%3</source>
        <translation>Reminder: %1 at %2, ticket #%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next action</source>
        <translation>next action</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A message could not be sent. Open its ticket to retry it.</source>
        <translation>A message could not be sent. Open its ticket to retry it.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n new ticket(s) arrived by e-mail.</source>
        <translation>
            <numerusform>%n new ticket arrived by e-mail.</numerusform>
            <numerusform>%n new tickets arrived by e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n e-mail(s) from blocked senders kept aside.</source>
        <translation>
            <numerusform>%n e-mail from blocked senders kept aside.</numerusform>
            <numerusform>%n e-mails from blocked senders kept aside.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incoming e-mail: %1</source>
        <translation>Incoming e-mail: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail from blocked senders, kept aside for you to release or discard</source>
        <translation>E-mail from blocked senders, kept aside for you to release or discard</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator has deactivated your user, so you have been signed out. Ask an administrator if you need access again.</source>
        <translation>An administrator has deactivated your user, so you have been signed out. Ask an administrator if you need access again.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sagicc Desktop — %1</source>
        <translation>Sagicc Desktop — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Side menu</source>
        <translation>Side menu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presence of the team</source>
        <translation>Presence of the team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users, campaigns, channels, templates, surveys, imports and the change log</source>
        <translation>Users, campaigns, channels, templates, surveys, imports and the change log</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/merge_dialog.py" line="+98"/>
        <source>Ticket #%1: %2 (%3)</source>
        <translation>Ticket #%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the number of the ticket to merge into first.</source>
        <translation>Type the number of the ticket to merge into first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both tickets have the same customer, or one has none.</source>
        <translation>Both tickets have the same customer, or one has none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other customer&apos;s contact details, accounts and tickets move to the one kept.</source>
        <translation>The other customer&apos;s contact details, accounts and tickets move to the one kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this ticket&apos;s customer</source>
        <translation>this ticket&apos;s customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer of ticket #%1</source>
        <translation>customer of ticket #%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep %1 (%2)</source>
        <translation>Keep %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the number of an open ticket you may see.</source>
        <translation>Type the number of an open ticket you may see.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge ticket #%1 into ticket #%2? Its conversation, tasks, agenda, attachments, notes and relations move to #%2 and #%1 is closed. This cannot be undone.</source>
        <translation>Merge ticket #%1 into ticket #%2? Its conversation, tasks, agenda, attachments, notes and relations move to #%2 and #%1 is closed. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two customers are merged too.</source>
        <translation>The two customers are merged too.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Merge tickets</source>
        <translation>Merge tickets</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+70"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Merging…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This ticket is merged into the ticket you choose: its conversation, tasks, agenda, attachments, notes and relations move there, and this ticket is closed. The merge cannot be undone.</source>
        <translation>This ticket is merged into the ticket you choose: its conversation, tasks, agenda, attachments, notes and relations move there, and this ticket is closed. The merge cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket number to merge into</source>
        <translation>Ticket number to merge into</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge into ticket #:</source>
        <translation>Merge into ticket #:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket found</source>
        <translation>Ticket found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the customers too</source>
        <translation>Merge the customers too</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this ticket&apos;s customer</source>
        <translation>Keep this ticket&apos;s customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the other ticket&apos;s customer</source>
        <translation>Keep the other ticket&apos;s customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../sagicc_desktop/views/messages.py" line="+17"/>
        <location line="+29"/>
        <source>The user name or password is not right.</source>
        <translation>The user name or password is not right.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That ticket does not exist or you may not see it.</source>
        <translation>That ticket does not exist or you may not see it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this ticket after you opened it. Your changes are still in the form: refresh to see theirs, then save again.</source>
        <translation>Someone else saved this ticket after you opened it. Your changes are still in the form: refresh to see theirs, then save again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ticket is closed and cannot be changed.</source>
        <translation>This ticket is closed and cannot be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your status stays Busy while a ticket is open. Exit the ticket first.</source>
        <translation>Your status stays Busy while a ticket is open. Exit the ticket first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the data is not valid.</source>
        <translation>Some of the data is not valid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../sagicc_desktop/views/messages_templates.py" line="+30"/>
        <source>The text is too long: at most %1 characters.</source>
        <translation>The text is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../sagicc_desktop/views/messages_users.py" line="+24"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large: at most %2 per file.</source>
        <translation>The file is too large: at most %2 per file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of this type (%2) may not be attached.</source>
        <translation>Files of this type (%2) may not be attached.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty; there is nothing to attach.</source>
        <translation>The file is empty; there is nothing to attach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid file name: %2. Use a name without / or \ or control characters.</source>
        <translation>This is not a valid file name: %2. Use a name without / or \ or control characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read %2: it may have been moved, deleted or locked. Nothing was added.</source>
        <translation>Could not read %2: it may have been moved, deleted or locked. Nothing was added.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the note colours.</source>
        <translation>Choose one of the note colours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user has been deactivated.</source>
        <translation>This user has been deactivated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must have at least 4 characters.</source>
        <translation>The password must have at least 4 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid e-mail address: %2</source>
        <translation>This is not a valid e-mail address: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid phone number: %2</source>
        <translation>This is not a valid phone number: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator already exists.</source>
        <translation>An administrator already exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” is required.</source>
        <translation>“%2” is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” must be a number.</source>
        <translation>“%2” must be a number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2”: pick one of the options offered.</source>
        <translation>“%2”: pick one of the options offered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” is not a real date; write it as YYYY-MM-DD.</source>
        <translation>“%2” is not a real date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” is not a valid time; write it as HH:MM.</source>
        <translation>“%2” is not a valid time; write it as HH:MM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” is too long: at most %1 characters.</source>
        <translation>“%2” is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” is not a field of this task form.</source>
        <translation>“%2” is not a field of this task form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” has a kind of field this version does not know.</source>
        <translation>“%2” has a kind of field this version does not know.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign&apos;s task form was changed or removed. The form now shows the current one with what you typed: check it and save again.</source>
        <translation>The campaign&apos;s task form was changed or removed. The form now shows the current one with what you typed: check it and save again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The task is empty: fill in a field, write an observation or schedule a next task.</source>
        <translation>The task is empty: fill in a field, write an observation or schedule a next task.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The observations are too long: at most %1 characters.</source>
        <translation>The observations are too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the next task both a date and a time.</source>
        <translation>Give the next task both a date and a time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next task date is not a real date; write it as YYYY-MM-DD.</source>
        <translation>The next task date is not a real date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next task time is not valid; write it as HH:MM.</source>
        <translation>The next task time is not valid; write it as HH:MM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next task date and time are in the past.</source>
        <translation>The next task date and time are in the past.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next task is too far ahead: at most %1 days from now.</source>
        <translation>The next task is too far ahead: at most %1 days from now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next task overlaps another entry of the agenda.</source>
        <translation>The next task overlaps another entry of the agenda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft is too large to keep: at most %1 characters.</source>
        <translation>The draft is too large to keep: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the e-mail address, number, address or profile.</source>
        <translation>Enter the e-mail address, number, address or profile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer already has this contact data: %2</source>
        <translation>The customer already has this contact data: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact data no longer exists: someone may have deleted it. The list has been refreshed.</source>
        <translation>This contact data no longer exists: someone may have deleted it. The list has been refreshed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this contact data after you opened it (it is now: %2). Your edit is still here: save again to replace theirs, or cancel to keep it.</source>
        <translation>Someone else changed this contact data after you opened it (it is now: %2). Your edit is still here: save again to replace theirs, or cancel to keep it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this contact data after you loaded it (it is now: %2). Nothing was deleted: check the refreshed list and delete again if you still want to.</source>
        <translation>Someone else changed this contact data after you loaded it (it is now: %2). Nothing was deleted: check the refreshed list and delete again if you still want to.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ticket has no customer yet.</source>
        <translation>This ticket has no customer yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only supervisors and administrators may take a value off the block list.</source>
        <translation>Only supervisors and administrators may take a value off the block list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the account number.</source>
        <translation>Enter the account number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer already has an account numbered %2.</source>
        <translation>The customer already has an account numbered %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row of additional data needs a key.</source>
        <translation>Every row of additional data needs a key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The additional data has the key “%2” more than once.</source>
        <translation>The additional data has the key “%2” more than once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account no longer exists for this customer. The list has been refreshed.</source>
        <translation>This account no longer exists for this customer. The list has been refreshed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this account after you opened it. Your edit is still here: save again to replace theirs, or cancel to keep it.</source>
        <translation>Someone else changed this account after you opened it. Your edit is still here: save again to replace theirs, or cancel to keep it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed the ticket&apos;s account meanwhile. The list now shows the current one; choose again if you still want this account.</source>
        <translation>Someone else changed the ticket&apos;s account meanwhile. The list now shows the current one; choose again if you still want this account.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no ticket with number %2.</source>
        <translation>There is no ticket with number %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%2 has been deleted.</source>
        <translation>Ticket #%2 has been deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%2 belongs to a campaign you do not have access to.</source>
        <translation>Ticket #%2 belongs to a campaign you do not have access to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ticket cannot be merged with itself.</source>
        <translation>A ticket cannot be merged with itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%2 is closed: a ticket can only be merged into an open one.</source>
        <translation>Ticket #%2 is closed: a ticket can only be merged into an open one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which of the two customers to keep.</source>
        <translation>Choose which of the two customers to keep.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ticket cannot be related to itself.</source>
        <translation>A ticket cannot be related to itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%2 is already related to this one.</source>
        <translation>Ticket #%2 is already related to this one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That relation no longer exists.</source>
        <translation>That relation no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket is already assigned to that user.</source>
        <translation>The ticket is already assigned to that user.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That user cannot take tickets (deactivated, or a viewer).</source>
        <translation>That user cannot take tickets (deactivated, or a viewer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That user cannot see tickets of this campaign: choose a member of the campaign.</source>
        <translation>That user cannot see tickets of this campaign: choose a member of the campaign.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>A customer cannot be merged with itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That customer no longer exists or has already been merged.</source>
        <translation>That customer no longer exists or has already been merged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That notification no longer exists.</source>
        <translation>That notification no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This template cannot be filled in (%2). Ask an administrator to correct it.</source>
        <translation>This template cannot be filled in (%2). Ask an administrator to correct it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That template no longer exists.</source>
        <translation>That template no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This campaign has no survey to link to.</source>
        <translation>This campaign has no survey to link to.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls can be handed over as tel: or sip: links only.</source>
        <translation>Calls can be handed over as tel: or sip: links only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how the call ended.</source>
        <translation>Choose how the call ended.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call duration is not valid.</source>
        <translation>The call duration is not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 is on the block list: nothing can be sent to it.</source>
        <translation>%2 is on the block list: nothing can be sent to it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This channel is not enabled for the ticket&apos;s campaign.</source>
        <translation>This channel is not enabled for the ticket&apos;s campaign.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%2 is marked as not public: it has no external view.</source>
        <translation>Ticket #%2 is marked as not public: it has no external view.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Viewers can read tickets but not change them.</source>
        <translation>Viewers can read tickets but not change them.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sagicc Desktop</source>
        <translation>Sagicc Desktop</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_audio.py" line="+14"/>
        <source>Sound cannot be recorded or played on this computer: the PortAudio library is missing.</source>
        <translation>Sound cannot be recorded or played on this computer: the PortAudio library is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No microphone was found. Connect one, or choose another in the audio preferences.</source>
        <translation>No microphone was found. Connect one, or choose another in the audio preferences.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker or headset was found to play the sound.</source>
        <translation>No speaker or headset was found to play the sound.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system refused access to the microphone. Allow Sagicc Desktop to use it in the system&apos;s privacy settings, then record again.</source>
        <translation>The system refused access to the microphone. Allow Sagicc Desktop to use it in the system&apos;s privacy settings, then record again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone could not be opened; another program may be using it. (%2)</source>
        <translation>The microphone could not be opened; another program may be using it. (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker or headset could not be opened; another program may be using it. (%2)</source>
        <translation>The speaker or headset could not be opened; another program may be using it. (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone was disconnected. What was recorded until then (%2) is kept: listen to it, then keep or discard it.</source>
        <translation>The microphone was disconnected. What was recorded until then (%2) is kept: listen to it, then keep or discard it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>The microphone was disconnected before anything was recorded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker or headset was disconnected; playback stopped.</source>
        <translation>The speaker or headset was disconnected; playback stopped.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording could not be saved to disk; what was saved before is kept. (%2)</source>
        <translation>The recording could not be saved to disk; what was saved before is kept. (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sound file cannot be read; it may be damaged or of an unknown kind.</source>
        <translation>This sound file cannot be read; it may be damaged or of an unknown kind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time limit of %2 was reached and the recording stopped. Listen to it, then keep or discard it.</source>
        <translation>The time limit of %2 was reached and the recording stopped. Listen to it, then keep or discard it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was heard: check that the microphone is on and not muted, and that the system lets Sagicc Desktop use it.</source>
        <translation>Nothing was heard: check that the microphone is on and not muted, and that the system lets Sagicc Desktop use it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone chosen in the preferences (%2) is not connected; the system default is used.</source>
        <translation>The microphone chosen in the preferences (%2) is not connected; the system default is used.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker chosen in the preferences (%2) is not connected; the system default is used.</source>
        <translation>The speaker chosen in the preferences (%2) is not connected; the system default is used.</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_channels.py" line="+11"/>
        <source>This channel is not enabled for the ticket&apos;s campaign (or it has been switched off).</source>
        <translation>This channel is not enabled for the ticket&apos;s campaign (or it has been switched off).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one recipient.</source>
        <translation>Add at least one recipient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 is not the customer&apos;s contact data, and this campaign only writes to the customer&apos;s own.</source>
        <translation>%2 is not the customer&apos;s contact data, and this campaign only writes to the customer&apos;s own.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 is on the block list: nothing may be sent to it. Remove it from the recipients.</source>
        <translation>%2 is on the block list: nothing may be sent to it. Remove it from the recipients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is empty: write something or attach a file.</source>
        <translation>The message is empty: write something or attach a file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail needs a subject.</source>
        <translation>An e-mail needs a subject.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC and BCC are for e-mail only.</source>
        <translation>CC and BCC are for e-mail only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many recipients: at most %1 in one message.</source>
        <translation>Too many recipients: at most %1 in one message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 does not take attachments.</source>
        <translation>%2 does not take attachments.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 cannot be sent on this channel: its type is not allowed.</source>
        <translation>%2 cannot be sent on this channel: its type is not allowed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attachments are too large for this channel: at most %2 in one message.</source>
        <translation>The attachments are too large for this channel: at most %2 in one message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This interaction was not sent from here, so it has no delivery.</source>
        <translation>This interaction was not sent from here, so it has no delivery.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message is being sent right now; wait a moment and look at its state again.</source>
        <translation>The message is being sent right now; wait a moment and look at its state again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message has already been sent.</source>
        <translation>The message has already been sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no keychain to keep the mailbox password in (%2). Install or unlock the system&apos;s keychain (on Linux, a Secret Service such as GNOME Keyring or KWallet).</source>
        <translation>This computer has no keychain to keep the mailbox password in (%2). Install or unlock the system&apos;s keychain (on Linux, a Secret Service such as GNOME Keyring or KWallet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused to give or keep the password: %2</source>
        <translation>The keychain refused to give or keep the password: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 is not one of the customer&apos;s e-mail addresses: choose one of theirs.</source>
        <translation>%2 is not one of the customer&apos;s e-mail addresses: choose one of theirs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket&apos;s campaign has no e-mail channel to send from.</source>
        <translation>The ticket&apos;s campaign has no e-mail channel to send from.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation has no messages to send yet.</source>
        <translation>The conversation has no messages to send yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only supervisors and administrators may release or discard a held message.</source>
        <translation>Only supervisors and administrators may release or discard a held message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This message has already been released.</source>
        <translation>This message has already been released.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message could not be let through (%2), so it stays held. Check the mailbox&apos;s campaigns and try again.</source>
        <translation>This message could not be let through (%2), so it stays held. Check the mailbox&apos;s campaigns and try again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some settings are not right: each marked field says what to correct. Nothing was saved.</source>
        <translation>Some settings are not right: each marked field says what to correct. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved this channel after you opened it. Your changes are still in the form: reopen the channel to see theirs, then save again.</source>
        <translation>Someone else saved this channel after you opened it. Your changes are still in the form: reopen the channel to see theirs, then save again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This channel no longer exists. The list has been refreshed.</source>
        <translation>This channel no longer exists. The list has been refreshed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A channel&apos;s kind cannot change: create a new channel instead.</source>
        <translation>A channel&apos;s kind cannot change: create a new channel instead.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of channel keeps no password or token.</source>
        <translation>This kind of channel keeps no password or token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels of this kind cannot be set up here.</source>
        <translation>Channels of this kind cannot be set up here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill this in.</source>
        <translation>Fill this in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A port is a whole number from 1 to 65535.</source>
        <translation>A port is a whole number from 1 to 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a server name such as mail.example.com or an IP address, without http:// or a port.</source>
        <translation>Write a server name such as mail.example.com or an IP address, without http:// or a port.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../sagicc_desktop/views/messages_users.py" line="+6"/>
        <source>This is not a valid e-mail address.</source>
        <translation>This is not a valid e-mail address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the security options offered.</source>
        <translation>Choose one of the security options offered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose tel: or sip:.</source>
        <translation>Choose tel: or sip:.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the full address, such as https://api.example.com/v1.</source>
        <translation>Write the full address, such as https://api.example.com/v1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use https:// so the token does not travel unencrypted (http:// is only for this computer).</source>
        <translation>Use https:// so the token does not travel unencrypted (http:// is only for this computer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the number in international form (+57…); SMS also takes a short code or a name of up to 11 letters and digits.</source>
        <translation>Write the number in international form (+57…); SMS also takes a short code or a name of up to 11 letters and digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size must be between 0 and 1024 MB.</source>
        <translation>The size must be between 0 and 1024 MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write types such as application/pdf or image/*, separated by commas.</source>
        <translation>Write types such as application/pdf or image/*, separated by commas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long: at most 160 characters.</source>
        <translation>This is too long: at most 160 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to %1: the settings work.</source>
        <translation>Connected to %1: the settings work.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings are incomplete: fill in the server and, for receiving, the user.</source>
        <translation>The settings are incomplete: fill in the server and, for receiving, the user.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 was not found. Check its name for typing errors, and the network connection.</source>
        <translation>The server %1 was not found. Check its name for typing errors, and the network connection.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 refused the connection: nothing answers on that port. Check the port and the security.</source>
        <translation>The server %1 refused the connection: nothing answers on that port. Check the port and the security.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 did not answer in time. Check the name and port, or whether a firewall blocks the connection.</source>
        <translation>The server %1 did not answer in time. Check the name and port, or whether a firewall blocks the connection.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection with %1 failed. The server may expect another security setting on this port (TLS or STARTTLS).</source>
        <translation>The secure connection with %1 failed. The server may expect another security setting on this port (TLS or STARTTLS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 showed a certificate this computer does not trust (issued to %3 by %4). If it is your organisation&apos;s own certificate, choose its CA file and test again.</source>
        <translation>The server %1 showed a certificate this computer does not trust (issued to %3 by %4). If it is your organisation&apos;s own certificate, choose its CA file and test again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA file could not be read: choose an existing certificate file (PEM).</source>
        <translation>The CA file could not be read: choose an existing certificate file (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 does not offer STARTTLS, and the password is never sent unencrypted. Choose another security setting.</source>
        <translation>The server %1 does not offer STARTTLS, and the password is never sent unencrypted. Choose another security setting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 does not accept a login. Leave the user empty if it sends without one.</source>
        <translation>The server %1 does not accept a login. Leave the user empty if it sends without one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 refused the user name or password. Check both (some providers need an app password).</source>
        <translation>The server %1 refused the user name or password. Check both (some providers need an app password).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in to %1, but the folder “%2” is not there. Check the folder&apos;s name.</source>
        <translation>Logged in to %1, but the folder “%2” is not there. Check the folder&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 answered something unexpected: %2</source>
        <translation>The server %1 answered something unexpected: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 showed a certificate this computer does not trust. If it is your organisation&apos;s own certificate, choose its CA file and test again.</source>
        <translation>The server %1 showed a certificate this computer does not trust. If it is your organisation&apos;s own certificate, choose its CA file and test again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server said: %1</source>
        <translation>The server said: %1</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_customers.py" line="+15"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth cannot be before 1 January 1900.</source>
        <translation>The date of birth cannot be before 1 January 1900.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a real date; write it as YYYY-MM-DD.</source>
        <translation>This is not a real date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document number may only have letters, digits and hyphens.</source>
        <translation>The document number may only have letters, digits and hyphens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the document types offered.</source>
        <translation>Choose one of the document types offered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another customer already has this document type and number. If it is the same person, merge the two customers instead.</source>
        <translation>Another customer already has this document type and number. If it is the same person, merge the two customers instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This customer was merged into another one and can no longer be changed or chosen.</source>
        <translation>This customer was merged into another one and can no longer be changed or chosen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>This customer has been deleted.</source>
        <translation>This customer has been deleted.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>That customer does not exist.</source>
        <translation>That customer does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this customer after you opened it. Your changes are still in the form: refresh to see theirs, then save again.</source>
        <translation>Someone else saved this customer after you opened it. Your changes are still in the form: refresh to see theirs, then save again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This customer&apos;s tickets are all in campaigns you do not work in: you may not change it.</source>
        <translation>This customer&apos;s tickets are all in campaigns you do not work in: you may not change it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is no longer the ticket&apos;s customer. The tab has been refreshed.</source>
        <translation>This is no longer the ticket&apos;s customer. The tab has been refreshed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers that look like the same person already exist: choose one of them, or confirm that this is a new customer.</source>
        <translation>Customers that look like the same person already exist: choose one of them, or confirm that this is a new customer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A customer cannot be related to itself.</source>
        <translation>A customer cannot be related to itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These two customers are already related.</source>
        <translation>These two customers are already related.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many tags: at most %1 for one relation.</source>
        <translation>Too many tags: at most %1 for one relation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this relation after you opened it. The list has been refreshed: edit it again if you still want to.</source>
        <translation>Someone else changed this relation after you opened it. The list has been refreshed: edit it again if you still want to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and the assigned user may change or remove this assignment.</source>
        <translation>Only administrators and the assigned user may change or remove this assignment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That user has been deactivated.</source>
        <translation>That user has been deactivated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers cannot be assigned to customers.</source>
        <translation>Viewers cannot be assigned to customers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That user does not work in this campaign: choose a member of the campaign.</source>
        <translation>That user does not work in this campaign: choose a member of the campaign.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this assignment meanwhile. The list has been refreshed.</source>
        <translation>Someone else changed this assignment meanwhile. The list has been refreshed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That assignment no longer exists.</source>
        <translation>That assignment no longer exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer cannot be merged with itself: choose another customer as the duplicate.</source>
        <translation>A customer cannot be merged with itself: choose another customer as the duplicate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the two customers no longer exists or has already been merged into another one, so it cannot take part in a merge. Choose a live customer.</source>
        <translation>One of the two customers no longer exists or has already been merged into another one, so it cannot take part in a merge. Choose a live customer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customers have open tickets in campaigns you may not see, so you may not merge them. Ask an administrator.</source>
        <translation>The customers have open tickets in campaigns you may not see, so you may not merge them. Ask an administrator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Viewers can read the customer but not change it.</source>
        <translation>Viewers can read the customer but not change it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is closed: its customer cannot be changed from it.</source>
        <translation>This ticket is closed: its customer cannot be changed from it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer was merged into another one.</source>
        <translation>This customer was merged into another one.</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_campaigns.py" line="+10"/>
        <source>Some of the campaign&apos;s data is not valid: see the marked fields.</source>
        <translation>Some of the campaign&apos;s data is not valid: see the marked fields.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the campaign a name.</source>
        <translation>Give the campaign a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another campaign is already called “%2” (capitals aside): choose another name.</source>
        <translation>Another campaign is already called “%2” (capitals aside): choose another name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>The name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description is too long: at most %1 characters.</source>
        <translation>The description is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the chosen users no longer exists. The list has been refreshed: choose again.</source>
        <translation>One of the chosen users no longer exists. The list has been refreshed: choose again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the chosen channels no longer exists. The list has been refreshed: choose again.</source>
        <translation>One of the chosen channels no longer exists. The list has been refreshed: choose again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New tickets can only open from a channel the campaign uses: tick that channel too.</source>
        <translation>New tickets can only open from a channel the campaign uses: tick that channel too.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The script is too long: at most %1 characters.</source>
        <translation>The script is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The external view has no such section.</source>
        <translation>The external view has no such section.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this campaign after you opened it. Your changes are still here: Discard changes shows theirs; Save again replaces them with yours.</source>
        <translation>Someone else saved this campaign after you opened it. Your changes are still here: Discard changes shows theirs; Save again replaces them with yours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This campaign no longer exists.</source>
        <translation>This campaign no longer exists.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some fields of the form need correcting: each one marked in the list says what is wrong.</source>
        <translation>Some fields of the form need correcting: each one marked in the list says what is wrong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the field a label: it is what agents see.</source>
        <translation>Give the field a label: it is what agents see.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label is too long: keep it under 120 characters.</source>
        <translation>The label is too long: keep it under 120 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the types in the list.</source>
        <translation>Choose one of the types in the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field&apos;s stored name is not valid. Remove the field and add it again.</source>
        <translation>This field&apos;s stored name is not valid. Remove the field and add it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This field is in the form twice. Remove one of them.</source>
        <translation>This field is in the form twice. Remove one of them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one choice for agents to pick.</source>
        <translation>Add at least one choice for agents to pick.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the choices is empty: write it or remove it.</source>
        <translation>One of the choices is empty: write it or remove it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the choices is too long: keep each under 120 characters.</source>
        <translation>One of the choices is too long: keep each under 120 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two choices are the same (capitals aside): each choice must be different.</source>
        <translation>Two choices are the same (capitals aside): each choice must be different.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many choices: at most 100.</source>
        <translation>Too many choices: at most 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many fields: a task form has at most %1.</source>
        <translation>Too many fields: a task form has at most %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this task form after you opened it. Your form is still here: Save again to replace theirs, or Discard changes to see theirs.</source>
        <translation>Someone else saved this task form after you opened it. Your form is still here: Save again to replace theirs, or Discard changes to see theirs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the SLA settings need correcting: see the marked rules, days and holidays.</source>
        <translation>Some of the SLA settings need correcting: see the marked rules, days and holidays.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a priority for this rule.</source>
        <translation>Choose a priority for this rule.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category no longer exists: choose another one, or any category.</source>
        <translation>This category no longer exists: choose another one, or any category.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time to solve must be between 1 and 8,760 hours.</source>
        <translation>The time to solve must be between 1 and 8,760 hours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a rule for this priority and category: change one of them.</source>
        <translation>There is already a rule for this priority and category: change one of them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the hours as HH:MM, e.g. 08:00.</source>
        <translation>Write the hours as HH:MM, e.g. 08:00.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day must open before it closes.</source>
        <translation>The day must open before it closes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the campaign&apos;s time zone from the list, e.g. America/Bogota.</source>
        <translation>Choose the campaign&apos;s time zone from the list, e.g. America/Bogota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This holiday is not a real date.</source>
        <translation>This holiday is not a real date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This holiday is in the list twice.</source>
        <translation>This holiday is in the list twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many holidays: at most %1.</source>
        <translation>Too many holidays: at most %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this campaign&apos;s SLA after you opened it. Your changes were not saved: Discard changes to see theirs, then make yours again.</source>
        <translation>Someone else changed this campaign&apos;s SLA after you opened it. Your changes were not saved: Discard changes to see theirs, then make yours again.</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_import.py" line="+18"/>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second last name</source>
        <translation>Second last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket type</source>
        <translation>Ticket type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no column “%2” (mapped to %1). Choose one of its columns. Nothing was imported.</source>
        <translation>The file has no column “%2” (mapped to %1). Choose one of its columns. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is required: choose the file&apos;s column that holds it. Nothing was imported.</source>
        <translation>%1 is required: choose the file&apos;s column that holds it. Nothing was imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be imported here.</source>
        <translation>%1 cannot be imported here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty: it has no header row to map.</source>
        <translation>The file is empty: it has no header row to map.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read (%2). Check that it exists and is not open in another program.</source>
        <translation>The file could not be read (%2). Check that it exists and is not open in another program.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Required, but empty.</source>
        <translation>Required, but empty.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Needs %1, and the file has no column mapped to it.</source>
        <translation>Needs %1, and the file has no column mapped to it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a real date; write it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>Not a real date; write it as YYYY-MM-DD or DD/MM/YYYY.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has characters that cannot be read in this encoding; save the file as UTF-8 and import it again.</source>
        <translation>Has characters that cannot be read in this encoding; save the file as UTF-8 and import it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has %2 cells where the header has %1.</source>
        <translation>Has %2 cells where the header has %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same document is already on line %1 of the file.</source>
        <translation>The same document is already on line %1 of the file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stored customer already has this document.</source>
        <translation>A stored customer already has this document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document number may only have letters, digits and hyphens.</source>
        <translation>A document number may only have letters, digits and hyphens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a known document type (cc, ce, passport, nit, other).</source>
        <translation>Not a known document type (cc, ce, passport, nit, other).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth is in the future.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth is before %1.</source>
        <translation>The date of birth is before %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid e-mail address.</source>
        <translation>Not a valid e-mail address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid phone number.</source>
        <translation>Not a valid phone number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty contact data.</source>
        <translation>Empty contact data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaign has this name.</source>
        <translation>No campaign has this name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer has this document.</source>
        <translation>No customer has this document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several customers have this document number: add the document type column.</source>
        <translation>Several customers have this document number: add the document type column.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a known status (new, in_progress, pending, resolved, closed).</source>
        <translation>Not a known status (new, in_progress, pending, resolved, closed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a known priority (critical, high, medium, low, or 1 to 4).</source>
        <translation>Not a known priority (critical, high, medium, low, or 1 to 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a known ticket type (question, complaint, suggestion, claim, request).</source>
        <translation>Not a known ticket type (question, complaint, suggestion, claim, request).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused (%1).</source>
        <translation>Refused (%1).</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_templates.py" line="-20"/>
        <source>Give the category a name.</source>
        <translation>Give the category a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category name is too long: at most %1 characters.</source>
        <translation>The category name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a category called “%2”.</source>
        <translation>There is already a category called “%2”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “%2” still has %1 template(s). Move them to another category first, or delete it with its templates moved to “No category”.</source>
        <translation>The category “%2” still has %1 template(s). Move them to another category first, or delete it with its templates moved to “No category”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That category no longer exists: someone may have deleted it. The list has been refreshed.</source>
        <translation>That category no longer exists: someone may have deleted it. The list has been refreshed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed the category “%2” after you loaded it. The list has been refreshed: try again.</source>
        <translation>Someone else changed the category “%2” after you loaded it. The list has been refreshed: try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the template a name.</source>
        <translation>Give the template a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template name is too long: at most %1 characters.</source>
        <translation>The template name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category already has a template called “%2”. Choose another name.</source>
        <translation>This category already has a template called “%2”. Choose another name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose English or Spanish for the template.</source>
        <translation>Choose English or Spanish for the template.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is too long: at most %1 characters.</source>
        <translation>The subject is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject must fit on one line.</source>
        <translation>The subject must fit on one line.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the template&apos;s text.</source>
        <translation>Write the template&apos;s text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a mistake on line %1 (%2). Check that every {{ has its }} and every {% if %} its {% endif %}.</source>
        <translation>There is a mistake on line %1 (%2). Check that every {{ has its }} and every {% if %} its {% endif %}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%2” is not a field a template can use. Pick one from Insert placeholder.</source>
        <translation>“%2” is not a field a template can use. Pick one from Insert placeholder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>That campaign no longer exists. Choose another campaign or every campaign.</source>
        <translation>That campaign no longer exists. Choose another campaign or every campaign.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Someone else saved the template “%2” after you opened it. Your text is still in the form: save again to replace theirs, or choose the template in the list to see theirs.</source>
        <translation>Someone else saved the template “%2” after you opened it. Your text is still in the form: save again to replace theirs, or choose the template in the list to see theirs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the survey a name.</source>
        <translation>Give the survey a name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The survey name is too long: at most %1 characters.</source>
        <translation>The survey name is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the survey&apos;s link.</source>
        <translation>Enter the survey&apos;s link.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link is too long: at most %1 characters.</source>
        <translation>The link is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link must carry the ticket&apos;s token: add {{ token }} where the survey expects it.</source>
        <translation>The link must carry the ticket&apos;s token: add {{ token }} where the survey expects it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link must be a web address starting with https:// (it would come out as %2).</source>
        <translation>The link must be a web address starting with https:// (it would come out as %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link has a mistake (%2). Check that every {{ has its }}.</source>
        <translation>The link has a mistake (%2). Check that every {{ has its }}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%2” cannot go in a survey link: use {{ token }} and, if you like, {{ ticket.number }}.</source>
        <translation>“%2” cannot go in a survey link: use {{ token }} and, if you like, {{ ticket.number }}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign “%2” already has a survey. Edit that one, or delete it first.</source>
        <translation>The campaign “%2” already has a survey. Edit that one, or delete it first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a survey for every campaign (“%2”). Edit that one, or choose a campaign.</source>
        <translation>There is already a survey for every campaign (“%2”). Edit that one, or choose a campaign.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That survey no longer exists: someone may have deleted it. The list has been refreshed.</source>
        <translation>That survey no longer exists: someone may have deleted it. The list has been refreshed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved the survey “%2” after you opened it. Your changes are still in the form: save again to replace theirs, or choose the survey in the list to see theirs.</source>
        <translation>Someone else saved the survey “%2” after you opened it. Your changes are still in the form: save again to replace theirs, or choose the survey in the list to see theirs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators may change another user&apos;s signature.</source>
        <translation>Only administrators may change another user&apos;s signature.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That user no longer exists.</source>
        <translation>That user no longer exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is too long: at most %1 characters of formatted text. Remove pasted content or large tables.</source>
        <translation>The signature is too long: at most %1 characters of formatted text. Remove pasted content or large tables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed %2&apos;s details after you opened this window. Your signature is still here: save again to keep it.</source>
        <translation>Someone else changed %2&apos;s details after you opened this window. Your signature is still here: save again to keep it.</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_users.py" line="-21"/>
        <source>Some fields need correcting: each one says what is wrong.</source>
        <translation>Some fields need correcting: each one says what is wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot deactivate yourself. Ask another administrator to do it.</source>
        <translation>You cannot deactivate yourself. Ask another administrator to do it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the last active administrator. Make another user an administrator first, so that someone can still manage users.</source>
        <translation>This is the last active administrator. Make another user an administrator first, so that someone can still manage users.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this user after you opened it. Your changes are still in the form: choose Discard changes to see theirs, then make your changes again.</source>
        <translation>Someone else saved this user after you opened it. Your changes are still in the form: choose Discard changes to see theirs, then make your changes again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user no longer exists. The list has been refreshed.</source>
        <translation>This user no longer exists. The list has been refreshed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only letters, digits, dots, hyphens and underscores, without spaces.</source>
        <translation>Use only letters, digits, dots, hyphens and underscores, without spaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another user (perhaps a deactivated one) already has this user name.</source>
        <translation>Another user (perhaps a deactivated one) already has this user name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the roles.</source>
        <translation>Choose one of the roles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose English or Spanish.</source>
        <translation>Choose English or Spanish.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the campaigns no longer exists. The list has been refreshed: choose again.</source>
        <translation>One of the campaigns no longer exists. The list has been refreshed: choose again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot change your own role. Ask another administrator to do it.</source>
        <translation>You cannot change your own role. Ask another administrator to do it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the last active administrator: make another user an administrator first.</source>
        <translation>This is the last active administrator: make another user an administrator first.</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/new_customer_dialog.py" line="+181"/>
        <source>This is another person: create a new customer</source>
        <translation>This is another person: create a new customer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, %2 % alike: %3</source>
        <translation>%1, %2 % alike: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” already has this document: open that customer instead, or correct the document.</source>
        <translation>“%1” already has this document: open that customer instead, or correct the document.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored customer(s) may be this person. Open the existing customer instead of making a duplicate, or create a new one anyway.</source>
        <translation>
            <numerusform>%n stored customer may be this person. Open the existing customer instead of making a duplicate, or create a new one anyway.</numerusform>
            <numerusform>%n stored customers may be this person. Open the existing customer instead of making a duplicate, or create a new one anyway.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open “%1” instead</source>
        <translation>&amp;Open “%1” instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the selected customer instead</source>
        <translation>&amp;Open the selected customer instead</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Document type</source>
        <translation>&amp;Document type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document &amp;number</source>
        <translation>Document &amp;number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Middle name</source>
        <translation>&amp;Middle name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;econd last name</source>
        <translation>S&amp;econd last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>No date of birth</source>
        <translation>No date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Customers that may be the same person</source>
        <translation>Customers that may be the same person</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matched</source>
        <translation>What matched</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;anyway</source>
        <translation>Create &amp;anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new customer anyway</source>
        <translation>Create a new customer anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create customer</source>
        <translation>&amp;Create customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create customer</source>
        <translation>Create customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/notes_tab.py" line="+102"/>
        <source>Private note</source>
        <translation>Private note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location line="-79"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Add the note (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the note first</source>
        <translation>Write the note first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole note (Enter)</source>
        <translation>Show the whole note (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Select a note first</source>
        <translation>Select a note first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the note&apos;s author or an administrator may delete it.</source>
        <translation>Only the note&apos;s author or an administrator may delete it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected note (Delete)</source>
        <translation>Delete the selected note (Delete)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+32"/>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Delete this private note? This cannot be undone from here.</source>
        <translation>Delete this private note? This cannot be undone from here.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note colour</source>
        <translation>Note colour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a private note…</source>
        <translation>Write a private note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View note</source>
        <translation>View note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private notes</source>
        <translation>Private notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes are private: they stay in this ticket view and never reach reports, dashboards, transcripts or the external view.</source>
        <translation>Notes are private: they stay in this ticket view and never reach reports, dashboards, transcripts or the external view.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No private notes yet.</source>
        <translation>No private notes yet.</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <location filename="../../sagicc_desktop/views/notifications.py" line="+134"/>
        <source>No new notifications</source>
        <translation>No new notifications</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 unread notifications</source>
        <translation>%1 unread notifications</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
</context>
<context>
    <name>OtherContactsDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/composer/other_contacts.py" line="+26"/>
        <source>Other contact data</source>
        <translation>Other contact data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search other contact data</source>
        <translation>Search other contact data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e-mail or number (at least 3 characters)</source>
        <translation>Name, e-mail or number (at least 3 characters)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact data found</source>
        <translation>Contact data found</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this customer</source>
        <translation>this customer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blocked</source>
        <translation>blocked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the block list</source>
        <translation>On the block list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type at least 3 characters.</source>
        <translation>Type at least 3 characters.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>PendingListModel</name>
    <message>
        <location filename="../../sagicc_desktop/models/pending_list.py" line="+32"/>
        <source>next action %1</source>
        <translation>next action %1</translation>
    </message>
</context>
<context>
    <name>PluginTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/plugin_tab.py" line="+47"/>
        <source>This additional tab could not be shown: its plugin failed. The rest of the ticket works as usual.</source>
        <translation>This additional tab could not be shown: its plugin failed. The rest of the ticket works as usual.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Additional tab</source>
        <translation>Additional tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with this tab</source>
        <translation>Problem with this tab</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/preferences_dialog.py" line="+78"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice notes</source>
        <translation>Voice notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephony</source>
        <translation>Telephony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the preferences</source>
        <translation>Save the preferences</translation>
    </message>
</context>
<context>
    <name>PresenceBoard</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/presence_board.py" line="+35"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2, since %3</source>
        <translation>%1: %2, since %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(ticket %1)</source>
        <translation>(ticket %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshes every 15 seconds (last at %1); F5 refreshes now.</source>
        <translation>Refreshes every 15 seconds (last at %1); F5 refreshes now.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh now (F5)</source>
        <translation>Refresh now (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh presence</source>
        <translation>Refresh presence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users and their presence</source>
        <translation>Users and their presence</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/profile_page.py" line="-121"/>
        <source>Back (Alt+Left)</source>
        <translation>Back (Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh customer</source>
        <translation>Refresh customer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last interaction %1</source>
        <translation>Last interaction %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interactions yet</source>
        <translation>No interactions yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1 by %2</source>
        <translation>Created %1 by %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1 by %2</source>
        <translation>Updated %1 by %2</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/reassign_dialog.py" line="+73"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>anyone may take the ticket</source>
        <translation>anyone may take the ticket</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(current)</source>
        <translation>(current)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ticket is already assigned to this user.</source>
        <translation>The ticket is already assigned to this user.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a user, or Unassigned.</source>
        <translation>Choose a user, or Unassigned.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reassign ticket</source>
        <translation>Reassign ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who takes this ticket over. The ticket stays in the campaign %1; you go back to the Tickets module.</source>
        <translation>Choose who takes this ticket over. The ticket stays in the campaign %1; you go back to the Tickets module.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter users by name</source>
        <translation>Filter users by name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show users of other campaigns</source>
        <translation>Show users of other campaigns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column headers</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Reassign</source>
        <translation>Reassign</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RelatedCustomersPanel</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/related_panel.py" line="+160"/>
        <source>This ticket has no customer yet.</source>
        <translation>This ticket has no customer yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a related customer first.</source>
        <translation>Select a related customer first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relate another customer to this one (Insert)</source>
        <translation>Relate another customer to this one (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the tags (F2)</source>
        <translation>Edit the tags (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relation (Del)</source>
        <translation>Remove the relation (Del)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove relation</source>
        <translation>Remove relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relation with “%1”? Both customers stay; only the relation goes.</source>
        <translation>Remove the relation with “%1”? Both customers stay; only the relation goes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related customers</source>
        <translation>Related customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No related customers.</source>
        <translation>No related customers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit tags…</source>
        <translation>Edit tags…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>RelatedDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/related_dialog.py" line="+102"/>
        <source>Relate the ticket with this number</source>
        <translation>Relate the ticket with this number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a related ticket first.</source>
        <translation>Select a related ticket first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected ticket; you leave this one.</source>
        <translation>Open the selected ticket; you leave this one.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+3"/>
        <source>Related tickets</source>
        <translation>Related tickets</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column headers</source>
        <translation>Column headers</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Ticket number to relate</source>
        <translation>Ticket number to relate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add related ticket</source>
        <translation>Add related ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove related ticket</source>
        <translation>Remove related ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open related ticket</source>
        <translation>Open related ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close related tickets</source>
        <translation>Close related tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>RelatedTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/detail_tabs.py" line="+42"/>
        <source>Double-click or press Enter to open this customer</source>
        <translation>Double-click or press Enter to open this customer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related customers</source>
        <translation>Related customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has no related customers.</source>
        <translation>This customer has no related customers.</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/related_panel.py" line="-188"/>
        <source>Pick the related customer in the list first.</source>
        <translation>Pick the related customer in the list first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add related customer</source>
        <translation>Add related customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit relation</source>
        <translation>Edit relation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spouse, account holder</source>
        <translation>spouse, account holder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags in use</source>
        <translation>Tags in use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related customer</source>
        <translation>Related customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was not saved</source>
        <translation>Why it was not saved</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/reset_password_dialog.py" line="+101"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new password for %1 (%2). Tell it to them in person or by phone; it works from their next sign-in.</source>
        <translation>Type a new password for %1 (%2). Tell it to them in person or by phone; it works from their next sign-in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set password</source>
        <translation>&amp;Set password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/rich_text_editor.py" line="+195"/>
        <location line="+4"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Web address or e-mail (https://…, mailto:…):</source>
        <translation>Web address or e-mail (https://…, mailto:…):</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline (Ctrl+U)</source>
        <translation>Underline (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Bulleted list (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Numbered list (Ctrl+Shift+7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link… (Ctrl+K)</source>
        <translation>Link… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear formatting (Ctrl+Space)</source>
        <translation>Clear formatting (Ctrl+Space)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Normal text</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading 3</source>
        <translation>Heading 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Paragraph style</source>
        <translation>Paragraph style</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formatting</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>ScriptTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="+147"/>
        <source>Campaign script</source>
        <translation>Campaign script</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/sign_in.py" line="+135"/>
        <source>Sign in · Sagicc Desktop</source>
        <translation>Sign in · Sagicc Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to Sagicc Desktop</source>
        <translation>Welcome to Sagicc Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the administrator account. You will use it to add agents and campaigns.</source>
        <translation>Create the administrator account. You will use it to add agents and campaigns.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm password</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo users (user name, password, role):</source>
        <translation>Demo users (user name, password, role):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two passwords are different.</source>
        <translation>The two passwords are different.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/signature_dialog.py" line="+105"/>
        <source>Hello,</source>
        <translation>Hello,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for writing to us. Your case is in good hands and we will keep you posted.</source>
        <translation>Thank you for writing to us. Your case is in good hands and we will keep you posted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no signature: e-mails end with the message)</source>
        <translation>(no signature: e-mails end with the message)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Save the changes to the signature?</source>
        <translation>Save the changes to the signature?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>My e-mail signature</source>
        <translation>My e-mail signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail signature of %1</source>
        <translation>E-mail signature of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added under every e-mail you send (you can leave it out of one message in the composer). Links and web images are kept; anything else that could run or load is removed.</source>
        <translation>Added under every e-mail you send (you can leave it out of one message in the composer). Links and web images are kept; anything else that could run or load is removed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added under every e-mail this user sends. Links and web images are kept; anything else that could run or load is removed.</source>
        <translation>Added under every e-mail this user sends. Links and web images are kept; anything else that could run or load is removed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it looks under a message</source>
        <translation>How it looks under a message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature preview</source>
        <translation>Signature preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signature (Ctrl+S)</source>
        <translation>Save the signature (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signature</source>
        <translation>Save the signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SlaEditor</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/sla_editor.py" line="+33"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>Saved: new tickets and priority changes use these rules.</source>
        <translation>Saved: new tickets and priority changes use these rules.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+182"/>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <location line="-175"/>
        <location line="+176"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Rule %1: priority</source>
        <translation>Rule %1: priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1: category</source>
        <translation>Rule %1: category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1: hours to solve</source>
        <translation>Rule %1: hours to solve</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Rule %1: %2</source>
        <translation>Rule %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Expected solution time</source>
        <translation>Expected solution time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most specific rule applies: the ticket&apos;s priority and category, else its priority with any category. No rule: no expected date.</source>
        <translation>The most specific rule applies: the ticket&apos;s priority and category, else its priority with any category. No rule: no expected date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours to solve</source>
        <translation>Hours to solve</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>SLA rules</source>
        <translation>SLA rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add r&amp;ule</source>
        <translation>Add r&amp;ule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a rule (Insert)</source>
        <translation>Add a rule (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rul&amp;e</source>
        <translation>Remove rul&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen rule (Delete)</source>
        <translation>Remove the chosen rule (Delete)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count only business hours (else round the clock)</source>
        <translation>&amp;Count only business hours (else round the clock)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count only business hours</source>
        <translation>Count only business hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed</source>
        <translation>%1 closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 opens at</source>
        <translation>%1 opens at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closes at</source>
        <translation>%1 closes at</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed all day. Delete removes the chosen holiday.</source>
        <translation>Closed all day. Delete removes the chosen holiday.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday to add</source>
        <translation>Holiday to add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add h&amp;oliday</source>
        <translation>Add h&amp;oliday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove holida&amp;y</source>
        <translation>Remove holida&amp;y</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve SLA</source>
        <translation>Sa&amp;ve SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save SLA</source>
        <translation>Save SLA</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/surveys_page.py" line="+166"/>
        <source>Every campaign</source>
        <translation>Every campaign</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Write the link to see it as a customer would get it.</source>
        <translation>Write the link to see it as a customer would get it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: correct the marked field.</source>
        <translation>Not saved: correct the marked field.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete survey</source>
        <translation>Delete survey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the survey “%1”? Agents will no longer be able to insert its link; links already sent keep their token.</source>
        <translation>Delete the survey “%1”? Agents will no longer be able to insert its link; links already sent keep their token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New survey</source>
        <translation>New survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey “%1”</source>
        <translation>Survey “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every campaign without its own survey</source>
        <translation>Every campaign without its own survey</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The satisfaction survey agents link to from the composer. Each link carries a token of its own, so the answer comes back to its ticket.</source>
        <translation>The satisfaction survey agents link to from the composer. Each link carries a token of its own, so the answer comes back to its ticket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators may manage surveys.</source>
        <translation>Only administrators may manage surveys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New survey</source>
        <translation>&amp;New survey</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New survey (Ctrl+N)</source>
        <translation>New survey (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the survey (Ctrl+S)</source>
        <translation>Save the survey (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the survey (Delete)</source>
        <translation>Delete the survey (Delete)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write {{ token }} where the survey expects the ticket&apos;s token; {{ ticket.number }} adds the ticket number.</source>
        <translation>Write {{ token }} where the survey expects the ticket&apos;s token; {{ ticket.number }} adds the ticket number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example:</source>
        <translation>Example:</translation>
    </message>
</context>
<context>
    <name>TaskDetailDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/history_tab.py" line="+63"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Task of %1</source>
        <translation>Task of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next task</source>
        <translation>Next task</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a field of the form this task was saved with</source>
        <translation>Not a field of the form this task was saved with</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TaskFormDesigner</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/form_designer.py" line="+32"/>
        <source>Short text</source>
        <translation>Short text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long text</source>
        <translation>Long text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One choice from a list</source>
        <translation>One choice from a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several choices from a list</source>
        <translation>Several choices from a list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes or no</source>
        <translation>Yes or no</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Saved: agents see the new form on their next task. Tasks saved before keep their own fields.</source>
        <translation>Saved: agents see the new form on their next task. Tasks saved before keep their own fields.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+192"/>
        <source>(no label)</source>
        <translation>(no label)</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>This field needs correcting</source>
        <translation>This field needs correcting</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>Remove field</source>
        <translation>Remove field</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“%1” has answers in %n saved tasks.</source>
        <translation>
            <numerusform>“%1” has answers in %n saved task.</numerusform>
            <numerusform>“%1” has answers in %n saved tasks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those tasks keep showing it in History; new tasks will not have it. Remove it from the form?</source>
        <translation>Those tasks keep showing it in History; new tasks will not have it. Remove it from the form?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove field</source>
        <translation>&amp;Remove field</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Add a field with Insert, or pick one in the list.</source>
        <translation>Add a field with Insert, or pick one in the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New field: it gets its stored name from the label when you save.</source>
        <translation>New field: it gets its stored name from the label when you save.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored as “%1”: renaming the field keeps its answers.</source>
        <translation>Stored as “%1”: renaming the field keeps its answers.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answered in %n saved tasks.</source>
        <translation>
            <numerusform>Answered in %n saved task.</numerusform>
            <numerusform>Answered in %n saved tasks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&amp;Fields:</source>
        <translation>&amp;Fields:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add field</source>
        <translation>&amp;Add field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a field below the chosen one (Insert)</source>
        <translation>Add a field below the chosen one (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen field (Delete)</source>
        <translation>Remove the chosen field (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen field up (Alt+Up)</source>
        <translation>Move the chosen field up (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen field down (Alt+Down)</source>
        <translation>Move the chosen field down (Alt+Down)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;bel:</source>
        <translation>La&amp;bel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What agents see, e.g. Reason for the call</source>
        <translation>What agents see, e.g. Reason for the call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish lab&amp;el:</source>
        <translation>Spanish lab&amp;el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish label</source>
        <translation>Spanish label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: shown in Spanish</source>
        <translation>Optional: shown in Spanish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;quired</source>
        <translation>Re&amp;quired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A task cannot be saved without an answer to it</source>
        <translation>A task cannot be saved without an answer to it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oices:</source>
        <translation>Ch&amp;oices:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert adds a choice, F2 edits it, Delete removes it</source>
        <translation>Insert adds a choice, F2 edits it, Delete removes it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;choice</source>
        <translation>Add &amp;choice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove choice</source>
        <translation>Remove choice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the chosen choice (Delete in the list)</source>
        <translation>Remove the chosen choice (Delete in the list)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What agents will see in the Tasks tab. Try it: nothing typed here is saved.</source>
        <translation>What agents will see in the Tasks tab. Try it: nothing typed here is saved.</translation>
    </message>
</context>
<context>
    <name>TaskFormWidget</name>
    <message>
        <location filename="../../sagicc_desktop/views/task_form.py" line="+338"/>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next task date</source>
        <translation>Next task date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next task time</source>
        <translation>Next task time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was done, what was agreed with the customer</source>
        <translation>What was done, what was agreed with the customer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This campaign&apos;s task form has no fields of its own.</source>
        <translation>This campaign&apos;s task form has no fields of its own.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* Required</source>
        <translation>* Required</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/tasks_tab.py" line="+86"/>
        <source>Draft restored.</source>
        <translation>Draft restored.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the task (Ctrl+S)</source>
        <translation>Save the task (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the form and forget its draft</source>
        <translation>Empty the form and forget its draft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Clear the task</source>
        <translation>Clear the task</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Empty the task form and discard its draft?</source>
        <translation>Empty the task form and discard its draft?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+107"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Task saved.</source>
        <translation>Task saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next task scheduled for %1.</source>
        <translation>Next task scheduled for %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign&apos;s task form has changed: the form now shows the new version.</source>
        <translation>The campaign&apos;s task form has changed: the form now shows the new version.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a ticket you may not see</source>
        <translation>a ticket you may not see</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 minutes: %3</source>
        <translation>%1, %2 minutes: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Agenda clash</source>
        <translation>Agenda clash</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The next task overlaps with:</source>
        <translation>The next task overlaps with:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Save task</source>
        <translation>Save task</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the task form</source>
        <translation>Clear the task form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task message</source>
        <translation>Task message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft status</source>
        <translation>Draft status</translation>
    </message>
</context>
<context>
    <name>TelephonyPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/preferences_dialog.py" line="-42"/>
        <source>Call links</source>
        <translation>Call links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIP domain</source>
        <translation>SIP domain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the Call button hands a number to this computer&apos;s softphone</source>
        <translation>How the Call button hands a number to this computer&apos;s softphone</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/templates_page.py" line="+53"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent who sends it</source>
        <translation>Agent who sends it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second last name</source>
        <translation>Second last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>Ticket number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey link</source>
        <translation>Survey link</translation>
    </message>
    <message>
        <location line="+252"/>
        <location line="+374"/>
        <source>Every campaign</source>
        <translation>Every campaign</translation>
    </message>
    <message>
        <location line="-373"/>
        <location line="+374"/>
        <source>Every channel</source>
        <translation>Every channel</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this template first?</source>
        <translation>Save the changes to this template first?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard forgets what you typed.</source>
        <translation>Discard forgets what you typed.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The preview waits until the template&apos;s mistake is corrected.</source>
        <translation>The preview waits until the template&apos;s mistake is corrected.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket&apos;s campaign has no survey: the composer will refuse the survey link. Add one under Surveys.</source>
        <translation>This ticket&apos;s campaign has no survey: the composer will refuse the survey link. Add one under Surveys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the composer fills it for you on this ticket. A survey link here is an example; each message gets its own.</source>
        <translation>As the composer fills it for you on this ticket. A survey link here is an example; each message gets its own.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: correct the marked field.</source>
        <translation>Not saved: correct the marked field.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template “%1”? Agents will no longer find it in the composer.</source>
        <translation>Delete the template “%1”? Agents will no longer find it in the composer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Deleted.</source>
        <translation>Deleted.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+103"/>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Category name:</source>
        <translation>Category name:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Category “%1” created.</source>
        <translation>Category “%1” created.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Category renamed.</source>
        <translation>Category renamed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the category “%1”? Its %2 template(s) will stay, under “No category”.</source>
        <translation>Delete the category “%1”? Its %2 template(s) will stay, under “No category”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the empty category “%1”?</source>
        <translation>Delete the empty category “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete category</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Category deleted.</source>
        <translation>Category deleted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template “%1”</source>
        <translation>Template “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, category, %n template(s)</source>
        <translation>
            <numerusform>%1, category, %n template</numerusform>
            <numerusform>%1, category, %n templates</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message templates</source>
        <translation>Message templates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents pick these in the composer, filled with the ticket&apos;s data. Write a placeholder such as {{ customer.first_name }} where the customer&apos;s data goes.</source>
        <translation>Agents pick these in the composer, filled with the ticket&apos;s data. Write a placeholder such as {{ customer.first_name }} where the customer&apos;s data goes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators may manage message templates.</source>
        <translation>Only administrators may manage message templates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories and templates</source>
        <translation>Categories and templates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New t&amp;emplate</source>
        <translation>New t&amp;emplate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template (Ctrl+N)</source>
        <translation>New template (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;category…</source>
        <translation>New &amp;category…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the selected category (F2)</source>
        <translation>Rename the selected category (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete categor&amp;y…</source>
        <translation>Delete categor&amp;y…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected category (Delete)</source>
        <translation>Delete the selected category (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the template (Ctrl+S)</source>
        <translation>Save the template (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the template (Delete)</source>
        <translation>Delete the template (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;placeholder</source>
        <translation>Insert &amp;placeholder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a field of the customer, ticket or agent where the cursor is</source>
        <translation>Insert a field of the customer, ticket or agent where the cursor is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;west</source>
        <translation>Ne&amp;west</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview with the newest ticket</source>
        <translation>Preview with the newest ticket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ampaign</source>
        <translation>C&amp;ampaign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Su&amp;bject</source>
        <translation>Su&amp;bject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail only: used when the agent has not written a subject</source>
        <translation>E-mail only: used when the agent has not written a subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes where the cursor is.</source>
        <translation>Goes where the cursor is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;icket #</source>
        <translation>T&amp;icket #</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number for the preview</source>
        <translation>Ticket number for the preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview subject</source>
        <translation>Preview subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview text</source>
        <translation>Preview text</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/confirm.py" line="+22"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/options.py" line="+27"/>
        <source>Only administrators can do this.</source>
        <translation>Only administrators can do this.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the ticket to another user, or leave it unassigned</source>
        <translation>Give the ticket to another user, or leave it unassigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with another ticket…</source>
        <translation>Merge with another ticket…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge this ticket into another one</source>
        <translation>Merge this ticket into another one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related tickets…</source>
        <translation>Related tickets…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List, add, remove and open related tickets</source>
        <translation>List, add, remove and open related tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send transcript…</source>
        <translation>Send transcript…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail the whole conversation (never the notes) to the customer</source>
        <translation>E-mail the whole conversation (never the notes) to the customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view…</source>
        <translation>External view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public, read-only view of the ticket: open it in the browser or save it as HTML or PDF to share</source>
        <translation>The public, read-only view of the ticket: open it in the browser or save it as HTML or PDF to share</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close ticket…</source>
        <translation>Close ticket…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the ticket for good</source>
        <translation>Close the ticket for good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate ticket</source>
        <translation>Duplicate ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new ticket with the same data</source>
        <translation>A new ticket with the same data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete ticket…</source>
        <translation>Delete ticket…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the ticket</source>
        <translation>Delete the ticket</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+2"/>
        <source>Close ticket</source>
        <translation>Close ticket</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close ticket %1? A closed ticket cannot be reopened or changed.</source>
        <translation>Close ticket %1? A closed ticket cannot be reopened or changed.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <source>Delete ticket</source>
        <translation>Delete ticket</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete ticket %1? It disappears from every list.</source>
        <translation>Delete ticket %1? It disappears from every list.</translation>
    </message>
</context>
<context>
    <name>TicketHeaderBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/header.py" line="+85"/>
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh ticket</source>
        <translation>Refresh ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Ticket options</source>
        <translation>Ticket options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit the ticket (Ctrl+W)</source>
        <translation>Exit the ticket (Ctrl+W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit ticket</source>
        <translation>Exit ticket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket number %1</source>
        <translation>Ticket number %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the customer profile</source>
        <translation>Open the customer profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/panel.py" line="+26"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/ticket_tab.py" line="+151"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No SLA for this priority</source>
        <translation>No SLA for this priority</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the ticket (Ctrl+S)</source>
        <translation>Save the ticket (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected solution</source>
        <translation>Expected solution</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma-separated tags</source>
        <translation>Comma-separated tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses, comma-separated</source>
        <translation>E-mail addresses, comma-separated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save ticket</source>
        <translation>Save ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../sagicc_desktop/models/ticket_table.py" line="+33"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/view.py" line="+138"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/tickets_page.py" line="+109"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (new, in progress, pending)</source>
        <translation>Open (new, in progress, pending)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Counting tickets…</source>
        <translation>Counting tickets…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tickets</source>
        <translation>%1 tickets</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Search by number, subject or customer (Ctrl+F)</source>
        <translation>Search by number, subject or customer (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search tickets</source>
        <translation>Search tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign filter</source>
        <translation>Campaign filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority filter</source>
        <translation>Priority filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned user filter</source>
        <translation>Assigned user filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: any date</source>
        <translation>From: any date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: any date</source>
        <translation>To: any date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created until</source>
        <translation>Created until</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Go to ticket</source>
        <translation>Go to ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: click one to sort by it</source>
        <translation>Columns: click one to sort by it</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/conversation/delegate.py" line="+109"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/top_bar.py" line="+134"/>
        <source>%1 pending tickets</source>
        <translation>%1 pending tickets</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your status stays Busy while a ticket is open.</source>
        <translation>Your status stays Busy while a ticket is open.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your status</source>
        <translation>Your status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Go to ticket # (Ctrl+G)</source>
        <translation>Go to ticket # (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to ticket number</source>
        <translation>Go to ticket number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your pending tickets: scheduled next actions first</source>
        <translation>Your pending tickets: scheduled next actions first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending tickets</source>
        <translation>Pending tickets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User menu</source>
        <translation>User menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail signature…</source>
        <translation>E-mail signature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>TranscriptDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/transcript_dialog.py" line="+85"/>
        <source>The ticket&apos;s campaign has no e-mail channel to send from.</source>
        <translation>The ticket&apos;s campaign has no e-mail channel to send from.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has no e-mail address. Add one in the Contact tab first.</source>
        <translation>The customer has no e-mail address. Add one in the Contact tab first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every e-mail address of the customer is on the block list.</source>
        <translation>Every e-mail address of the customer is on the block list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation has no messages to send yet.</source>
        <translation>The conversation has no messages to send yet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <location line="+19"/>
        <source>Send transcript</source>
        <translation>Send transcript</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The transcript to %1 is in the outbox; it is sent as soon as the mail server can be reached. Its delivery shows in the conversation.</source>
        <translation>The transcript to %1 is in the outbox; it is sent as soon as the mail server can be reached. Its delivery shows in the conversation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send the whole conversation of ticket #%1 to the customer by e-mail. Notes and internal messages are never included.</source>
        <translation>Send the whole conversation of ticket #%1 to the customer by e-mail. Notes and internal messages are never included.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s e-mail address</source>
        <translation>Customer&apos;s e-mail address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) will be included.</source>
        <translation>
            <numerusform>%n message will be included.</numerusform>
            <numerusform>%n messages will be included.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent from: %1</source>
        <translation>Sent from: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TreeTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-60"/>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/users_page.py" line="+39"/>
        <source>%1 was created. They can sign in now.</source>
        <translation>%1 was created. They can sign in now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to %1 were saved.</source>
        <translation>The changes to %1 were saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was deactivated.</source>
        <translation>%1 was deactivated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was reactivated.</source>
        <translation>%1 was reactivated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 was changed.</source>
        <translation>The password of %1 was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents now see only the tickets of their own campaigns.</source>
        <translation>Agents now see only the tickets of their own campaigns.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents now see the tickets of every campaign.</source>
        <translation>Agents now see the tickets of every campaign.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>%1 (deactivated)</source>
        <translation>%1 (deactivated)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 shown · %2 active · %3 deactivated</source>
        <translation>%1 shown · %2 active · %3 deactivated</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+269"/>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Fill in the fields and save. The user signs in with the user name and the initial password you give them.</source>
        <translation>Fill in the fields and save. The user signs in with the user name and the initial password you give them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No user chosen</source>
        <translation>No user chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a user in the list, or create a new one.</source>
        <translation>Choose a user in the list, or create a new one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active: can sign in.</source>
        <translation>Active: can sign in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated: cannot sign in. Their name stays on their tickets and in the change log.</source>
        <translation>Deactivated: cannot sign in. Their name stays on their tickets and in the change log.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reacti&amp;vate…</source>
        <translation>Reacti&amp;vate…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deacti&amp;vate…</source>
        <translation>Deacti&amp;vate…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+148"/>
        <source>Reactivate user</source>
        <translation>Reactivate user</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+140"/>
        <source>Deactivate user</source>
        <translation>Deactivate user</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>Save the changes to %1 first?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new user first?</source>
        <translation>Save the new user first?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard forgets what you typed.</source>
        <translation>Discard forgets what you typed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deactivate %1?</source>
        <translation>Deactivate %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They will no longer be able to sign in and will show as Offline. Nothing is deleted: their name stays on their tickets and in the change log, and you can reactivate them later.</source>
        <translation>They will no longer be able to sign in and will show as Offline. Nothing is deleted: their name stays on their tickets and in the change log, and you can reactivate them later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivate %1?</source>
        <translation>Reactivate %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They will be able to sign in again with their last password.</source>
        <translation>They will be able to sign in again with their last password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+6"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Filter by name, user name or e-mail (Ctrl+F)</source>
        <translation>Filter by name, user name or e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter users</source>
        <translation>Filter users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;deactivated users</source>
        <translation>Show &amp;deactivated users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deactivated users</source>
        <translation>Show deactivated users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;New user</source>
        <translation>&amp;New user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New user (Ctrl+N)</source>
        <translation>New user (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;isplay name:</source>
        <translation>D&amp;isplay name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpaigns:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial &amp;password:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repea&amp;t password:</source>
        <translation>Repea&amp;t password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns the user belongs to</source>
        <translation>Campaigns the user belongs to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial password</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat the initial password</source>
        <translation>Repeat the initial password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. maria.lopez</source>
        <translation>e.g. maria.lopez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name others see, e.g. María López</source>
        <translation>The name others see, e.g. María López</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save user</source>
        <translation>Save user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;card changes</source>
        <translation>Dis&amp;card changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset pass&amp;word…</source>
        <translation>Reset pass&amp;word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail si&amp;gnature…</source>
        <translation>E-mail si&amp;gnature…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail signature</source>
        <translation>E-mail signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide tickets from agents in other campaigns</source>
        <translation>&amp;Hide tickets from agents in other campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide tickets from agents in other campaigns</source>
        <translation>Hide tickets from agents in other campaigns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When on, agents see and work only the tickets of the campaigns they belong to. Administrators, supervisors and viewers always see every ticket. Saved as soon as you change it.</source>
        <translation>When on, agents see and work only the tickets of the campaigns they belong to. Administrators, supervisors and viewers always see every ticket. Saved as soon as you change it.</translation>
    </message>
</context>
<context>
    <name>VoiceNoteRecorder</name>
    <message>
        <location filename="../../sagicc_desktop/views/voice_note.py" line="+283"/>
        <source>Discard voice note</source>
        <translation>Discard voice note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this voice note of %1? It cannot be recovered.</source>
        <translation>Discard this voice note of %1? It cannot be recovered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+91"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+1"/>
        <source>Keep listening</source>
        <translation>Keep listening</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Record again</source>
        <translation>Record again</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new voice note</source>
        <translation>Record a new voice note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a voice note</source>
        <translation>Record a voice note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded %1 of at most %2</source>
        <translation>Recorded %1 of at most %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Position %1 of %2</source>
        <translation>Position %1 of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the voice note</source>
        <translation>Pause the voice note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen to the voice note</source>
        <translation>Listen to the voice note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice note</source>
        <translation>Voice note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording</source>
        <translation>Stop recording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone level</source>
        <translation>Microphone level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the voice note</source>
        <translation>Position in the voice note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the voice note</source>
        <translation>Keep the voice note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the voice note</source>
        <translation>Discard the voice note</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../../sagicc_desktop/views/task_form.py" line="-264"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
