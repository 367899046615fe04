<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="+183" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Additional data</source>
        <translation>Additional data</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This customer has no accounts.</source>
        <translation>This customer has no accounts.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The ticket's account</source>
        <translation>The ticket's account</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/customers_page.py" line="+91" />
        <location line="+2" />
        <source>My agenda</source>
        <translation>My agenda</translation>
    </message>
    <message>
        <location line="-1" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="+105" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No scheduled next actions.</source>
        <translation>No scheduled next actions.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../sagicc_desktop/app.py" line="+84" />
        <source>Sagicc Desktop cannot start</source>
        <translation>Sagicc Desktop cannot start</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sagicc Desktop is already running with this data folder:
%1
Switch to the open window, or close it first.</source>
        <translation>Sagicc Desktop is already running with this data folder:
%1
Switch to the open window, or close it first.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file is damaged and cannot be opened. It has not been changed. Restore a backup, or move the file away to start empty:
%1</source>
        <translation>The database file is damaged and cannot be opened. It has not been changed. Restore a backup, or move the file away to start empty:
%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database file cannot be written (it or its folder is read-only). Nothing has been changed. Check the permissions of:
%1</source>
        <translation>The database file cannot be written (it or its folder is read-only). Nothing has been changed. Check the permissions of:
%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This database was written by a newer version of Sagicc Desktop. Install the newer version; the file has not been touched:
%1</source>
        <translation>This database was written by a newer version of Sagicc Desktop. Install the newer version; the file has not been touched:
%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No keychain is available on this workstation (%1): passwords for team mode and channels cannot be saved, everything else works.</source>
        <translation>No keychain is available on this workstation (%1): passwords for team mode and channels cannot be saved, everything else works.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-24" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No attachments.</source>
        <translation>No attachments.</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/change_log.py" line="+22" />
        <location line="+2" />
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous value</source>
        <translation>Previous value</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-131" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+3" />
        <source>Contact data</source>
        <translation>Contact data</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Block list</source>
        <translation>Block list</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This customer has no contact data.</source>
        <translation>This customer has no contact data.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Social profile</source>
        <translation>Social profile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked: receives nothing</source>
        <translation>Blocked: receives nothing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location line="+37" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No interactions yet.</source>
        <translation>No interactions yet.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The newest %1 of %2 interactions</source>
        <translation>The newest %1 of %2 interactions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date (newest %1 of %2)</source>
        <translation>Date (newest %1 of %2)</translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message>
        <location line="-95" />
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Second last name</source>
        <translation>Second last name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last interaction</source>
        <translation>Last interaction</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/customers_page.py" line="-44" />
        <location line="+4" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Search by name, document number, e-mail or phone</source>
        <translation>Search by name, document number, e-mail or phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last interaction</source>
        <translation>Last interaction</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="+119" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+3" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No tasks saved for this ticket.</source>
        <translation>No tasks saved for this ticket.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sagicc_desktop/models/labels.py" line="+12" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CE</source>
        <translation>CE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other ID</source>
        <translation>Other ID</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../sagicc_desktop/i18n.py" line="+43" />
        <source>English</source>
        <extracomment>Name of a language, shown in the language picker.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sagicc_desktop/views/main_window.py" line="+155" />
        <source>Sagicc Desktop — %1</source>
        <translation>Sagicc Desktop — %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Side menu</source>
        <translation>Side menu</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../sagicc_desktop/views/messages.py" line="+13" />
        <location line="+19" />
        <source>The user name or password is not right.</source>
        <translation>The user name or password is not right.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That ticket does not exist or you may not see it.</source>
        <translation>That ticket does not exist or you may not see it.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone else saved this ticket after you opened it. Your changes are still in the form: refresh to see theirs, then save again.</source>
        <translation>Someone else saved this ticket after you opened it. Your changes are still in the form: refresh to see theirs, then save again.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This ticket is closed and cannot be changed.</source>
        <translation>This ticket is closed and cannot be changed.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your status stays Busy while a ticket is open. Exit the ticket first.</source>
        <translation>Your status stays Busy while a ticket is open. Exit the ticket first.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some of the data is not valid.</source>
        <translation>Some of the data is not valid.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The text is too long: at most %1 characters.</source>
        <translation>The text is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This user has been deactivated.</source>
        <translation>This user has been deactivated.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The password must have at least 4 characters.</source>
        <translation>The password must have at least 4 characters.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a valid e-mail address: %2</source>
        <translation>This is not a valid e-mail address: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a valid phone number: %2</source>
        <translation>This is not a valid phone number: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator already exists.</source>
        <translation>An administrator already exists.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sagicc Desktop</source>
        <translation>Sagicc Desktop</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-24" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Private notes</source>
        <translation>Private notes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No private notes.</source>
        <translation>No private notes.</translation>
    </message>
</context>
<context>
    <name>PendingListModel</name>
    <message>
        <location filename="../../sagicc_desktop/models/pending_list.py" line="+32" />
        <source>next action %1</source>
        <translation>next action %1</translation>
    </message>
</context>
<context>
    <name>ScriptTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="+101" />
        <source>Campaign script</source>
        <translation>Campaign script</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/sign_in.py" line="+90" />
        <source>Sign in · Sagicc Desktop</source>
        <translation>Sign in · Sagicc Desktop</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Welcome to Sagicc Desktop</source>
        <translation>Welcome to Sagicc Desktop</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create the administrator account. You will use it to add agents and campaigns.</source>
        <translation>Create the administrator account. You will use it to add agents and campaigns.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm password</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Demo users (user name, password, role):</source>
        <translation>Demo users (user name, password, role):</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The two passwords are different.</source>
        <translation>The two passwords are different.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-34" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task form</source>
        <translation>Task form</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This campaign has no task form.</source>
        <translation>This campaign has no task form.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>TicketHeaderBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/header.py" line="+81" />
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh ticket</source>
        <translation>Refresh ticket</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Ticket options</source>
        <translation>Ticket options</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit the ticket (Ctrl+W)</source>
        <translation>Exit the ticket (Ctrl+W)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit ticket</source>
        <translation>Exit ticket</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ticket number %1</source>
        <translation>Ticket number %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open the customer profile</source>
        <translation>Open the customer profile</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No customer</source>
        <translation>No customer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customer: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account %1</source>
        <translation>Account %1</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/panel.py" line="+22" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/ticket_tab.py" line="+114" />
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No SLA for this priority</source>
        <translation>No SLA for this priority</translation>
    </message>
    <message>
        <location line="+17" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This ticket is closed and cannot be changed.</source>
        <translation>This ticket is closed and cannot be changed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Viewers can read tickets but not change them.</source>
        <translation>Viewers can read tickets but not change them.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the ticket (Ctrl+S)</source>
        <translation>Save the ticket (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected solution</source>
        <translation>Expected solution</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Comma-separated tags</source>
        <translation>Comma-separated tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail addresses, comma-separated</source>
        <translation>E-mail addresses, comma-separated</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save ticket</source>
        <translation>Save ticket</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../sagicc_desktop/models/ticket_table.py" line="+33" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/view.py" line="+118" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Two columns</source>
        <translation>Two columns</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Three columns</source>
        <translation>Three columns</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change log</source>
        <translation>Change log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/tickets_page.py" line="+108" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open (new, in progress, pending)</source>
        <translation>Open (new, in progress, pending)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All priorities</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Counting tickets…</source>
        <translation>Counting tickets…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 ticket</source>
        <translation>1 ticket</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 tickets</source>
        <translation>%1 tickets</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+15" />
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Search by number, subject or customer (Ctrl+F)</source>
        <translation>Search by number, subject or customer (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search tickets</source>
        <translation>Search tickets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaign filter</source>
        <translation>Campaign filter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority filter</source>
        <translation>Priority filter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned user filter</source>
        <translation>Assigned user filter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From: any date</source>
        <translation>From: any date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To: any date</source>
        <translation>To: any date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created until</source>
        <translation>Created until</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Go to ticket</source>
        <translation>Go to ticket</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Columns: click one to sort by it</source>
        <translation>Columns: click one to sort by it</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/top_bar.py" line="+117" />
        <source>%1 pending tickets</source>
        <translation>%1 pending tickets</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Your status stays Busy while a ticket is open.</source>
        <translation>Your status stays Busy while a ticket is open.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your status</source>
        <translation>Your status</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Go to ticket # (Ctrl+G)</source>
        <translation>Go to ticket # (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to ticket number</source>
        <translation>Go to ticket number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your pending tickets: scheduled next actions first</source>
        <translation>Your pending tickets: scheduled next actions first</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending tickets</source>
        <translation>Pending tickets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presence</source>
        <translation>Presence</translation>
    </message>
    <message>
        <location line="+3" />
        <source>User menu</source>
        <translation>User menu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
</context>
<context>
    <name>TreeTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-259" />
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
</context>
</TS>