<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/account_dialogs.py" line="+164"/>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number</source>
        <translation>&amp;Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Product or service</source>
        <translation>&amp;Producto o servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Additional data:</source>
        <translation>&amp;Datos adicionales:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional data</source>
        <translation>Datos adicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add row</source>
        <translation>Agregar fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row of additional data</source>
        <translation>Agregar una fila de datos adicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows</source>
        <translation>Quitar las filas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save account</source>
        <translation>Guardar cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <location line="-159"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
</context>
<context>
    <name>AccountTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/account_tab.py" line="+248"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Additional data</source>
        <translation>Datos adicionales</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>This ticket&apos;s account</source>
        <translation>La cuenta de este caso</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Additional data of %1</source>
        <translation>Datos adicionales de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No additional data.</source>
        <translation>No hay datos adicionales.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an account to see its data.</source>
        <translation>Selecciona una cuenta para ver sus datos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Viewers can read accounts but not change them.</source>
        <translation>Los visualizadores pueden leer las cuentas pero no modificarlas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is closed: its accounts cannot be changed here.</source>
        <translation>Este caso está cerrado: sus cuentas no se pueden modificar aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket has no customer yet.</source>
        <translation>Este caso aún no tiene cliente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select an account first.</source>
        <translation>Selecciona primero una cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an account for this customer (Insert)</source>
        <translation>Agregar una cuenta para este cliente (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the account and its data (F2)</source>
        <translation>Editar la cuenta y sus datos (F2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is already the ticket&apos;s account.</source>
        <translation>Esta ya es la cuenta del caso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this the ticket&apos;s account.</source>
        <translation>Asignar esta cuenta al caso.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Product or service</source>
        <translation>Producto o servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional data of the selected account</source>
        <translation>Datos adicionales de la cuenta seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer has no accounts yet.</source>
        <translation>Este cliente aún no tiene cuentas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this tab is read-only</source>
        <translation>Por qué esta pestaña es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account actions</source>
        <translation>Acciones de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts and their data</source>
        <translation>Cuentas y sus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Use for this ticket</source>
        <translation>Usar en este caso</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Add account</source>
        <translation>Agregar cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/detail_tabs.py" line="+200"/>
        <location line="+20"/>
        <location line="+2"/>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Delete account %1 and its additional data from this customer? Tickets that name it keep their history.</source>
        <translation>¿Eliminar la cuenta %1 y sus datos adicionales de este cliente? Los casos que la mencionan conservan su historial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account / data</source>
        <translation>Cuenta / dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name / value</source>
        <translation>Nombre / valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has no accounts.</source>
        <translation>Este cliente no tiene cuentas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected account (Del)</source>
        <translation>Eliminar la cuenta seleccionada (Supr)</translation>
    </message>
</context>
<context>
    <name>AddTicketDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/add_ticket_dialog.py" line="+61"/>
        <location line="+1"/>
        <source>Add ticket</source>
        <translation>Agregar caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Subject</source>
        <translation>&amp;Asunto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Create ticket</source>
        <translation>Crear caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AdminChangesPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/admin_changes.py" line="+70"/>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the change log</source>
        <translation>Actualizar el registro de cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been changed in the administration yet. Every change to users, campaigns, channels, templates and settings will be listed here.</source>
        <translation>Aún no se ha cambiado nada en la administración. Aquí se listará cada cambio de usuarios, campañas, canales, plantillas y ajustes.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/admin_page.py" line="+86"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message templates</source>
        <translation>Plantillas de mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from CSV</source>
        <translation>Importar desde CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Administration sections</source>
        <translation>Secciones de administración</translation>
    </message>
</context>
<context>
    <name>AgendaCalendar</name>
    <message>
        <location filename="../../sagicc_desktop/views/agenda_calendar.py" line="+266"/>
        <source>%1 · Busy (a ticket you may not see)</source>
        <translation>%1 · Ocupado (un caso que no puedes ver)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>realizada</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Agenda calendar</source>
        <translation>Calendario de la agenda</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/customers_page.py" line="+203"/>
        <location line="+2"/>
        <source>My agenda</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next action</source>
        <translation>Próxima gestión</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/agenda_tab.py" line="+131"/>
        <source>Period shown: %1</source>
        <translation>Período mostrado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda of %1, the ticket&apos;s assignee</source>
        <translation>Agenda de %1, responsable del caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your agenda (the ticket is unassigned)</source>
        <translation>Tu agenda (el caso no está asignado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose agenda</source>
        <translation>De quién es la agenda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Busy at that time with a ticket you may not see.</source>
        <translation>Ocupado a esa hora con un caso que no puedes ver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ticket&apos;s next task: %1</source>
        <translation>Próxima gestión de este caso: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket #%1 — %2</source>
        <translation>Caso #%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries of this ticket are highlighted. Double-click an entry or press Enter to see its ticket.</source>
        <translation>Las entradas de este caso aparecen resaltadas. Haz doble clic en una entrada o presiona Enter para ver su caso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one day</source>
        <translation>Mostrar un día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a week</source>
        <translation>Mostrar una semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period</source>
        <translation>Período anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>Período siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected entry</source>
        <translation>Entrada seleccionada</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../sagicc_desktop/app.py" line="+84"/>
        <source>Sagicc Desktop cannot start</source>
        <translation>Sagicc Desktop no puede iniciar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sagicc Desktop is already running with this data folder:
%1
Switch to the open window, or close it first.</source>
        <translation>Sagicc Desktop ya se está ejecutando con esta carpeta de datos:
%1
Cambia a la ventana abierta o ciérrala primero.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The database file is damaged and cannot be opened. It has not been changed. Restore a backup, or move the file away to start empty:
%1</source>
        <translation>El archivo de la base de datos está dañado y no se puede abrir. No se ha modificado. Restaura una copia de seguridad o mueve el archivo para empezar de cero:
%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file cannot be written (it or its folder is read-only). Nothing has been changed. Check the permissions of:
%1</source>
        <translation>No se puede escribir en el archivo de la base de datos (el archivo o su carpeta son de solo lectura). No se ha modificado nada. Revisa los permisos de:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database was written by a newer version of Sagicc Desktop. Install the newer version; the file has not been touched:
%1</source>
        <translation>Esta base de datos fue escrita por una versión más reciente de Sagicc Desktop. Instala la versión más reciente; el archivo no se ha tocado:
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database could not be opened: %1</source>
        <translation>No se pudo abrir la base de datos: %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No keychain is available on this workstation (%1): passwords for team mode and channels cannot be saved, everything else works.</source>
        <translation>No hay un llavero disponible en este equipo (%1): no se pueden guardar las contraseñas del modo equipo ni de los canales; todo lo demás funciona.</translation>
    </message>
</context>
<context>
    <name>AssignedUsersPanel</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/assignment_panel.py" line="+164"/>
        <location line="+85"/>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>This ticket has no customer yet.</source>
        <translation>Este caso aún no tiene cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators and the assigned user may change or remove this assignment.</source>
        <translation>Solo los administradores y el usuario asignado pueden modificar o quitar esta asignación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an assignment first.</source>
        <translation>Selecciona primero una asignación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a user to this customer, for one campaign or for all (Insert)</source>
        <translation>Asignar un usuario a este cliente, para una campaña o para todas (Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators and the user assigned for all campaigns may assign users.</source>
        <translation>Solo los administradores y el usuario asignado para todas las campañas pueden asignar usuarios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change who is assigned (F2)</source>
        <translation>Cambiar el usuario asignado (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the assignment (Del)</source>
        <translation>Quitar la asignación (Supr)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove assigned user</source>
        <translation>Quitar usuario asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 as the customer&apos;s assigned user (%2)?</source>
        <translation>¿Quitar a %1 como usuario asignado del cliente (%2)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned user</source>
        <translation>Usuario asignado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned users</source>
        <translation>Usuarios asignados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is assigned to this customer.</source>
        <translation>Este cliente no tiene ningún usuario asignado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location line="-174"/>
        <source>Change assigned user</source>
        <translation>Cambiar usuario asignado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign user</source>
        <translation>Asignar usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was not saved</source>
        <translation>Por qué no se guardó</translation>
    </message>
</context>
<context>
    <name>AttachmentChips</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/composer/attachment_chips.py" line="+82"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Files to send</source>
        <translation>Archivos para enviar</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/attachments_tab.py" line="+35"/>
        <source>From the customer</source>
        <translation>Del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent by a user</source>
        <translation>Enviado por un usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by hand</source>
        <translation>Agregado manualmente</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Add files to this ticket (Ctrl+O), or drop them here</source>
        <translation>Agregar archivos a este caso (Ctrl+O) o soltarlos aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected file (F2)</source>
        <translation>Cambiar el nombre del archivo seleccionado (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Select a file first</source>
        <translation>Selecciona primero un archivo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove the selected file (Delete)</source>
        <translation>Quitar el archivo seleccionado (Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy of the selected file</source>
        <translation>Guardar una copia del archivo seleccionado</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+194"/>
        <source>Add attachments</source>
        <translation>Agregar adjuntos</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Adding %1… %p%</source>
        <translation>Agregando %1… %p%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding %1</source>
        <translation>Agregando %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Rename file</source>
        <translation>Cambiar el nombre del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name for %1:</source>
        <translation>Nuevo nombre para %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New file name</source>
        <translation>Nuevo nombre del archivo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save a copy of %1</source>
        <translation>Guardar una copia de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove file</source>
        <translation>Quitar archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this ticket?</source>
        <translation>¿Quitar %1 de este caso?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download attachment</source>
        <translation>Descargar adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename attachment</source>
        <translation>Cambiar el nombre del adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel adding files</source>
        <translation>Cancelar la carga de archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding files</source>
        <translation>Agregando archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments and preview</source>
        <translation>Adjuntos y vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No attachments yet. Drop files here or use Add.</source>
        <translation>Aún no hay adjuntos. Suelta archivos aquí o usa Agregar.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Added by</source>
        <translation>Agregado por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
</context>
<context>
    <name>AudioDevicesPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/audio_preferences.py" line="+107"/>
        <location line="+89"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>%1 (not connected)</source>
        <translation>%1 (no conectado)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Stop the test</source>
        <translation>Detener la prueba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test microphone</source>
        <translation>Probar micrófono</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the sound</source>
        <translation>Detener el sonido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Play test sound</source>
        <translation>Reproducir sonido de prueba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sound devices</source>
        <translation>Dispositivos de sonido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Microphone:</source>
        <translation>&amp;Micrófono:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Speaker:</source>
        <translation>&amp;Parlante:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speaker or headset</source>
        <translation>Parlante o diadema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look for devices again</source>
        <translation>Buscar dispositivos de nuevo</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/contact_dialogs.py" line="+174"/>
        <source>Add to the block list</source>
        <translation>Agregar a la lista de bloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” will receive nothing (no e-mails, messages or calls) until a supervisor takes it off the block list.</source>
        <translation>“%1” no recibirá nada (ni correos, ni mensajes, ni llamadas) hasta que un supervisor lo quite de la lista de bloqueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this value receives nothing</source>
        <translation>Por qué este valor no recibe nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CallLogDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/composer/call_dialog.py" line="+24"/>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call failed</source>
        <translation>Llamada fallida</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Call log</source>
        <translation>Registro de la llamada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number called</source>
        <translation>Número marcado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Duration in seconds</source>
        <translation>Duración en segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call notes</source>
        <translation>Notas de la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said, what was agreed</source>
        <translation>Qué se dijo y qué se acordó</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the call</source>
        <translation>Guardar la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/campaign_setup_page.py" line="+18"/>
        <source>Tas&amp;k form</source>
        <translation>&amp;Formulario de tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;LA</source>
        <translation>S&amp;LA</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/admin/campaigns_page.py" line="+54"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s name, document, e-mail addresses and phone numbers.</source>
        <translation>El nombre, el documento, los correos y los teléfonos del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject, description, status, priority, type, dates and who handles it.</source>
        <translation>Asunto, descripción, estado, prioridad, tipo, fechas y quién lo atiende.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public messages with the customer (e-mail, WhatsApp, SMS, chat, calls).</source>
        <translation>Los mensajes públicos con el cliente (correo, WhatsApp, SMS, chat, llamadas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each task saved: the task form&apos;s answers, its observations, when and by whom.</source>
        <translation>Cada tarea guardada: las respuestas del formulario de tareas, sus observaciones, cuándo y quién.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The names and sizes of the ticket&apos;s files.</source>
        <translation>Los nombres y tamaños de los archivos del caso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links to the satisfaction surveys the customer has not answered yet.</source>
        <translation>Enlaces a las encuestas de satisfacción que el cliente aún no ha respondido.</translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This campaign has changes you have not saved. Save them first?</source>
        <translation>Esta campaña tiene cambios que no has guardado. ¿Los guardas primero?</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>switched off</source>
        <translation>apagado</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+212"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="-190"/>
        <source>No channel opens new tickets in this campaign: its tickets are created by hand or moved here.</source>
        <translation>Ningún canal abre casos nuevos en esta campaña: sus casos se crean a mano o se mueven aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New messages on %1 now open tickets in “%2”; saving moves them to this campaign.</source>
        <translation>Los mensajes nuevos en %1 abren ahora casos en «%2»; al guardar pasan a esta campaña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New messages on %1 that belong to no ticket open a new ticket in this campaign.</source>
        <translation>Los mensajes nuevos en %1 que no pertenecen a ningún caso abren un caso nuevo en esta campaña.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved, except the tabs that say what is wrong.</source>
        <translation>Guardado, salvo las pestañas que dicen qué está mal.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+13"/>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactiva)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a campaign on the left, or create one.</source>
        <translation>Elige una campaña a la izquierda, o crea una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show ina&amp;ctive</source>
        <translation>Mostrar inac&amp;tivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show inactive campaigns</source>
        <translation>Mostrar las campañas inactivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w campaign</source>
        <translation>Nueva cam&amp;paña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a campaign (Ctrl+N)</source>
        <translation>Crea una campaña (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>G&amp;uardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the campaign</source>
        <translation>Guardar la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the tabs you changed (Ctrl+S)</source>
        <translation>Guarda las pestañas que cambiaste (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard chang&amp;es</source>
        <translation>Descartar cam&amp;bios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign settings</source>
        <translation>Configuración de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;hannels</source>
        <translation>&amp;Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;ript</source>
        <translation>Gu&amp;ion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;xternal view</source>
        <translation>Vista e&amp;xterna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active</source>
        <translation>&amp;Activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An inactive campaign keeps its tickets, but no new ones are opened in it. Campaigns are never deleted.</source>
        <translation>Una campaña inactiva conserva sus casos, pero no se abren casos nuevos en ella. Las campañas nunca se eliminan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interact with other contact data</source>
        <translation>Interactuar con &amp;otros datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interact with other contact data</source>
        <translation>Interactuar con otros datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents may write to addresses and numbers that are not the customer&apos;s own. When off, only the customer&apos;s contact data can receive messages.</source>
        <translation>Los agentes pueden escribir a direcciones y números que no son del cliente. Si está desactivado, solo los datos de contacto del cliente pueden recibir mensajes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick the users who work in this campaign. When tickets of other campaigns are hidden, agents see only the campaigns they belong to.</source>
        <translation>Marca los usuarios que trabajan en esta campaña. Cuando los casos de otras campañas están ocultos, los agentes solo ven las campañas a las que pertenecen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name, user name or role</source>
        <translation>Filtra por nombre, usuario o rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter users</source>
        <translation>Filtrar usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick the channels agents may answer through in this campaign&apos;s tickets; the composer offers only these.</source>
        <translation>Marca los canales por los que los agentes pueden responder en los casos de esta campaña; el editor de mensajes ofrece solo estos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;tickets from:</source>
        <translation>Casos nue&amp;vos desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel whose new messages open tickets here</source>
        <translation>Canal cuyos mensajes nuevos abren casos aquí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What agents read in the ticket&apos;s Script tab: greeting, questions, steps. Headings, lists, bold, links and tables are kept.</source>
        <translation>Lo que los agentes leen en la pestaña Guion del caso: saludo, preguntas, pasos. Se conservan títulos, listas, negrita, enlaces y tablas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign script</source>
        <translation>Guion de la campaña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the ticket&apos;s external view (the read-only page shared with the customer) shows:</source>
        <translation>Lo que muestra la vista externa del caso (la página de solo lectura que se comparte con el cliente):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private notes and internal interactions are never shown.</source>
        <translation>Las notas privadas y las interacciones internas nunca se muestran.</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/change_log.py" line="+234"/>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+6"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda entry</source>
        <translation>Entrada de la agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact data</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Account data</source>
        <translation>Datos de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block list</source>
        <translation>Lista de bloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <translation>Próxima gestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected solution</source>
        <translation>Solución prevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into</source>
        <translation>Fusionado con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged from</source>
        <translation>Fusionado desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Related ticket</source>
        <translation>Caso relacionado</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interaction</source>
        <translation>Interacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held e-mail</source>
        <translation>Correo retenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicated from</source>
        <translation>Duplicado de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicated as</source>
        <translation>Duplicado como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin channel</source>
        <translation>Canal de origen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Related customer</source>
        <translation>Cliente relacionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned user</source>
        <translation>Usuario asignado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Primer nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second last name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest attachment</source>
        <translation>Adjunto más grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed file types</source>
        <translation>Tipos de archivo permitidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Campaign membership</source>
        <translation>Pertenencia a campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide tickets from agents in other campaigns</source>
        <translation>Ocultar a los agentes los casos de otras campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>E-mail signature</source>
        <translation>Firma de correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign channel</source>
        <translation>Canal de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign script</source>
        <translation>Guion de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interact with other contact data</source>
        <translation>Interactuar con otros datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens new tickets here</source>
        <translation>Abre casos nuevos aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script text</source>
        <translation>Texto del guion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: customer</source>
        <translation>Vista externa: cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: ticket</source>
        <translation>Vista externa: caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: conversation</source>
        <translation>Vista externa: conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: tasks</source>
        <translation>Vista externa: tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: files</source>
        <translation>Vista externa: archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view: surveys</source>
        <translation>Vista externa: encuestas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task form</source>
        <translation>Formulario de tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA rule</source>
        <translation>Regla de SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours to solve</source>
        <translation>Horas para resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP password</source>
        <translation>Contraseña IMAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider token</source>
        <translation>Token del proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message template</source>
        <translation>Plantilla de mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template category</source>
        <translation>Categoría de plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ChangeLogTable</name>
    <message>
        <location line="-74"/>
        <source>Filter the changes</source>
        <translation>Filtrar los cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by field, value or user…</source>
        <translation>Filtrar por campo, valor o usuario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of change</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 of %2 changes</source>
        <translation>%1 de %2 cambios</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/channels_page.py" line="+403"/>
        <source>(inactive)</source>
        <translation>(inactivo)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the new channel</source>
        <translation>el canal nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to “%1”?</source>
        <translation>¿Descartar tus cambios en «%1»?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Chat channels are set up by the chat plugin, not here.</source>
        <translation>Los canales de chat se configuran en el complemento de chat, no aquí.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the CA file</source>
        <translation>Elige el archivo de la CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificados (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+242"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+198"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Correct the marked fields first.</source>
        <translation>Corrige primero los campos marcados.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Un número en formato internacional (+57…), un código corto o un nombre de hasta 11 letras y dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WhatsApp Business number in international form (+57…).</source>
        <translation>El número de WhatsApp Business en formato internacional (+57…).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New e-mail channel</source>
        <translation>Nuevo canal de correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New phone channel</source>
        <translation>Nuevo canal de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New WhatsApp channel</source>
        <translation>Nuevo canal de WhatsApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New SMS channel</source>
        <translation>Nuevo canal de SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 channel: %2</source>
        <translation>Canal de %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A password is stored in the keychain. Type a new one to replace it; leave this empty to keep it.</source>
        <translation>Hay una contraseña guardada en el llavero. Escribe una nueva para reemplazarla; deja esto vacío para conservarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is stored. Type one if the server asks for a login.</source>
        <translation>No hay ninguna contraseña guardada. Escribe una si el servidor pide iniciar sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain cannot be read on this computer, so the stored password is unknown.</source>
        <translation>No se puede leer el llavero en este equipo, así que no se sabe si hay una contraseña guardada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Kept in this computer&apos;s keychain, never in the database.</source>
        <translation>Se guarda en el llavero de este equipo, nunca en la base de datos.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Stored: leave empty to keep it</source>
        <translation>Guardada: déjalo vacío para conservarla</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A token is stored in the keychain. Type a new one to replace it; leave this empty to keep it.</source>
        <translation>Hay un token guardado en el llavero. Escribe uno nuevo para reemplazarlo; deja esto vacío para conservarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token is stored yet.</source>
        <translation>Aún no hay ningún token guardado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain cannot be read on this computer, so the stored token is unknown.</source>
        <translation>No se puede leer el llavero en este equipo, así que no se sabe si hay un token guardado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The ways customers reach you: e-mail boxes, telephony, WhatsApp and SMS. Passwords and tokens go to this computer&apos;s keychain, never to the database.</source>
        <translation>Las vías por las que te contactan los clientes: buzones de correo, telefonía, WhatsApp y SMS. Las contraseñas y los tokens van al llavero de este equipo, nunca a la base de datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators can set up channels.</source>
        <translation>Solo los administradores pueden configurar canales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New c&amp;hannel</source>
        <translation>Nuevo c&amp;anal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New channel</source>
        <translation>Nuevo canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a channel (Insert)</source>
        <translation>Crea un canal (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of channel</source>
        <translation>Tipo de canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
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
        <translation>Elige un canal de la lista o crea uno con Nuevo canal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (in use for sending and receiving)</source>
        <translation>A&amp;ctivo (en uso para enviar y recibir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending (SMTP)</source>
        <translation>Envío (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving (IMAP, optional)</source>
        <translation>Recepción (IMAP, opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephony</source>
        <translation>Telefonía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;E-mail address:</source>
        <translation>Dirección de &amp;correo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Display name:</source>
        <translation>Nombre &amp;visible:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>Segurida&amp;d:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file:</source>
        <translation>Archivo de la C&amp;A:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secur&amp;ity:</source>
        <translation>Segur&amp;idad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Por&amp;t:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ser:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>Contras&amp;eña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA fi&amp;le:</source>
        <translation>Arc&amp;hivo de la CA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calls as:</source>
        <translation>&amp;Llamadas como:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIP &amp;domain:</source>
        <translation>&amp;Dominio SIP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sender:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;URL del servicio:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest si&amp;ze:</source>
        <translation>&amp;Tamaño máximo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allowed types:</source>
        <translation>Tipos permitidos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP security</source>
        <translation>Seguridad SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP port</source>
        <translation>Puerto SMTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP user</source>
        <translation>Usuario SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SMTP CA file</source>
        <translation>Archivo de la CA para SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP server</source>
        <translation>Servidor IMAP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAP security</source>
        <translation>Seguridad IMAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP port</source>
        <translation>Puerto IMAP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAP user</source>
        <translation>Usuario IMAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP password</source>
        <translation>Contraseña IMAP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IMAP folder</source>
        <translation>Carpeta IMAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP CA file</source>
        <translation>Archivo de la CA para IMAP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For sip: only; empty uses the softphone&apos;s own.</source>
        <translation>Solo para sip:; vacío usa el del softphone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per message; 0 means the channel takes no files.</source>
        <translation>Por mensaje; 0 significa que el canal no acepta archivos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas; empty allows every type.</source>
        <translation>Separados por comas; vacío permite todos los tipos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tel: links (the computer&apos;s phone application)</source>
        <translation>enlaces tel: (la aplicación de teléfono del equipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sip: links (a SIP softphone)</source>
        <translation>enlaces sip: (un softphone SIP)</translation>
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
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the %1 CA file</source>
        <translation>Elige el archivo de la CA para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only for a server with its own certificate</source>
        <translation>Solo para un servidor con certificado propio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Testing</source>
        <translation>Probando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test sendin&amp;g (SMTP)</source>
        <translation>Probar en&amp;vío (SMTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the SMTP connection</source>
        <translation>Probar la conexión SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test receiving (I&amp;MAP)</source>
        <translation>Probar recepción (I&amp;MAP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the IMAP connection</source>
        <translation>Probar la conexión IMAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the channel</source>
        <translation>Guardar el canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/composer/composer.py" line="+194"/>
        <source>No outgoing channel is enabled for this campaign.</source>
        <translation>Esta campaña no tiene ningún canal de salida habilitado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the block list: %1</source>
        <translation>En la lista de bloqueo: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand the number to the softphone and log the call</source>
        <translation>Pasar el número al softphone y registrar la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue the message for sending (Ctrl+Enter)</source>
        <translation>Poner el mensaje en la cola de envío (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for the call log (optional)</source>
        <translation>Notas para el registro de la llamada (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your reply…</source>
        <translation>Escribe tu respuesta…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No templates for this channel</source>
        <translation>No hay plantillas para este canal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not read %1: it may have been moved or deleted.</source>
        <translation>No se pudo leer %1: puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not carry files.</source>
        <translation>%1 no admite archivos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not take files of this type (%2).</source>
        <translation>%1 no admite archivos de este tipo (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too large: %1 takes at most %2 of files per message.</source>
        <translation>Demasiado grande: %1 admite máximo %2 de archivos por mensaje.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Draft restored.</source>
        <translation>Borrador recuperado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These files of the draft are gone and were left out: %1</source>
        <translation>Estos archivos del borrador ya no existen y se dejaron por fuera: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+134"/>
        <source>Clear the message</source>
        <translation>Limpiar el mensaje</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Empty the message and discard its draft and files?</source>
        <translation>¿Vaciar el mensaje y descartar su borrador y sus archivos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Queuing…</source>
        <translation>Poniendo en cola…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued for sending.</source>
        <translation>En cola para enviar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is on the block list: nothing can be sent to it.</source>
        <translation>%1 está en la lista de bloqueo: no se le puede enviar nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the number to call.</source>
        <translation>Elige el número al que quieres llamar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No softphone answered %1. Dial the number by hand and log the call.</source>
        <translation>Ningún softphone respondió a %1. Marca el número manualmente y registra la llamada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Call logged.</source>
        <translation>Llamada registrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Composer</source>
        <translation>Editor de mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BCC</source>
        <translation>CCO</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Addresses separated by commas</source>
        <translation>Direcciones separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the ticket&apos;s subject</source>
        <translation>Vacío: el asunto del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other contact data…</source>
        <translation>Otros datos de contacto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to another customer&apos;s or a third party&apos;s contact data</source>
        <translation>Escribir a los datos de contacto de otro cliente o de un tercero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add my signature</source>
        <translation>Agregar mi firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert the survey link</source>
        <translation>Insertar el enlace de la encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files (or drop them here)</source>
        <translation>Adjuntar archivos (o soltarlos aquí)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a voice note</source>
        <translation>Grabar una nota de voz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty the message and forget its draft</source>
        <translation>Vaciar el mensaje y descartar su borrador</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/contact_dialogs.py" line="-70"/>
        <source>Edit contact data</source>
        <translation>Editar datos de contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add contact data</source>
        <translation>Agregar datos de contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Contact data</source>
        <translation>&amp;Datos de contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal, Work, Home…</source>
        <translation>Personal, Trabajo, Casa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Primary for its type</source>
        <translation>&amp;Principal de su tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary for its type</source>
        <translation>Principal de su tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save contact data</source>
        <translation>Guardar datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ContactKinds</name>
    <message>
        <location line="-103"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social profile</source>
        <translation>Red social</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>601 234 5678, or +1 202 456 1111</source>
        <translation>601 234 5678 o +1 202 456 1111</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>300 123 4567, or +1 202 456 1111</source>
        <translation>300 123 4567 o +1 202 456 1111</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street and number, city</source>
        <translation>Calle y número, ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@profile or the profile&apos;s link</source>
        <translation>@perfil o el enlace del perfil</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/contact_tab.py" line="+73"/>
        <location line="+185"/>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Blocked: receives nothing.</source>
        <translation>Bloqueado: no recibe nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, blocked</source>
        <translation>%1, bloqueado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Viewers can read contact data but not change it.</source>
        <translation>Los visualizadores pueden leer los datos de contacto pero no modificarlos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is closed: its customer&apos;s contact data cannot be changed here.</source>
        <translation>Este caso está cerrado: los datos de contacto de su cliente no se pueden modificar aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket has no customer yet.</source>
        <translation>Este caso aún no tiene cliente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a contact first.</source>
        <translation>Selecciona primero un dato de contacto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add contact data (Insert)</source>
        <translation>Agregar datos de contacto (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (F2)</source>
        <translation>Editar (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete (Del)</source>
        <translation>Eliminar (Supr)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Already on the block list.</source>
        <translation>Ya está en la lista de bloqueo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this value to the block list: it will receive nothing.</source>
        <translation>Agregar este valor a la lista de bloqueo: no recibirá nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is not on the block list.</source>
        <translation>Este valor no está en la lista de bloqueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only supervisors and administrators may take a value off the block list.</source>
        <translation>Solo los supervisores y administradores pueden quitar un valor de la lista de bloqueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take this value off the block list.</source>
        <translation>Quitar este valor de la lista de bloqueo.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+79"/>
        <source>Delete contact data</source>
        <translation>Eliminar datos de contacto</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Delete “%1” from this customer&apos;s contact data?</source>
        <translation>¿Eliminar “%1” de los datos de contacto de este cliente?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+57"/>
        <source>Take off the block list</source>
        <translation>Quitar de la lista de bloqueo</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Take “%1” off the block list? It will receive messages and calls again.</source>
        <translation>¿Quitar “%1” de la lista de bloqueo? Volverá a recibir mensajes y llamadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Contact data</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has no contact data yet.</source>
        <translation>Este cliente aún no tiene datos de contacto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this tab is read-only</source>
        <translation>Por qué esta pestaña es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact data actions</source>
        <translation>Acciones de los datos de contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add contact data</source>
        <translation>Agregar datos de contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact data</source>
        <translation>Editar datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to the block list</source>
        <translation>Agregar a la lista de bloqueo</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/detail_tabs.py" line="-179"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has no contact details.</source>
        <translation>Este cliente no tiene datos de contacto.</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/conversation/tab.py" line="+322"/>
        <source>No interactions match these filters.</source>
        <translation>Ninguna interacción coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View more…</source>
        <translation>Ver más…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole interaction: headers, all its text, attachments (Enter)</source>
        <translation>La interacción completa: encabezados, todo el texto y adjuntos (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry sending</source>
        <translation>Reintentar el envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the first interaction</source>
        <translation>Ir a la primera interacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the newest interaction</source>
        <translation>Ir a la interacción más reciente</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>No interactions yet.</source>
        <translation>Aún no hay interacciones.</translation>
    </message>
</context>
<context>
    <name>CustomerMergeDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/merge_dialog.py" line="+161"/>
        <source>Choose the duplicate customer first: search for it above.</source>
        <translation>Elige primero el cliente duplicado: búscalo arriba.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+55"/>
        <source>Merge customers</source>
        <translation>Fusionar clientes</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Merge “%1” into “%2”? What you chose moves to “%2” and “%1” stays only as a pointer to it. This cannot be undone.</source>
        <translation>¿Fusionar “%1” con “%2”? Lo que elegiste pasa a “%2” y “%1” queda solo como una referencia a él. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Find the duplicate of “%1”, compare the two, choose which one stays and what it takes over.</source>
        <translation>Busca el duplicado de “%1”, compara los dos y elige cuál se conserva y qué recibe del otro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This customer</source>
        <translation>Este cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two customers side by side</source>
        <translation>Los dos clientes lado a lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is compared</source>
        <translation>Qué se compara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer that stays</source>
        <translation>Cliente que se conserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This customer: %1</source>
        <translation>&amp;Este cliente: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;duplicate: %1</source>
        <translation>El &amp;duplicado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this customer</source>
        <translation>Conservar este cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the duplicate</source>
        <translation>Conservar el duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to the customer that stays</source>
        <translation>Pasar al cliente que se conserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ontact details</source>
        <translation>Datos de c&amp;ontacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts</source>
        <translation>C&amp;uentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ickets and their interactions</source>
        <translation>C&amp;asos y sus interacciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging cannot be undone: the other customer is kept only as a pointer to the one that stays. Related customers and assigned users always move.</source>
        <translation>La fusión no se puede deshacer: el otro cliente se conserva solo como una referencia al que se queda. Los clientes relacionados y los usuarios asignados siempre pasan al que se queda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the merge did not run</source>
        <translation>Por qué no se realizó la fusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge progress</source>
        <translation>Progreso de la fusión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/related_panel.py" line="+73"/>
        <location line="+47"/>
        <source>Type a name, document number, phone or e-mail.</source>
        <translation>Escribe un nombre, número de documento, teléfono o correo.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No customer matches.</source>
        <translation>Ningún cliente coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More customers match: type more to narrow the list.</source>
        <translation>Hay más clientes que coinciden: escribe más para acotar la lista.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>Se encontró %n cliente.</numerusform>
            <numerusform>Se encontraron %n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search customers by name, document, phone or e-mail</source>
        <translation>Buscar clientes por nombre, documento, teléfono o correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
</context>
<context>
    <name>CustomerProfilePage</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/profile_page.py" line="+163"/>
        <source>%1 was merged into this customer: this is the customer that remains.</source>
        <translation>%1 se fusionó con este cliente: este es el cliente que se conserva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer you opened</source>
        <translation>El cliente que abriste</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboard</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions and tickets</source>
        <translation>Interacciones y casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Related customers</source>
        <translation>Clientes relacionados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer profile</source>
        <translation>Perfil del cliente</translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/customer_tab.py" line="+42"/>
        <source>same document</source>
        <translation>mismo documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared phone</source>
        <translation>teléfono compartido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared e-mail</source>
        <translation>correo compartido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same date of birth</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Looking for customers that may be the same person…</source>
        <translation>Buscando clientes que podrían ser la misma persona…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created %1 by %2</source>
        <translation>Creado %1 por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed %1 by %2</source>
        <translation>modificado %1 por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last interaction %1</source>
        <translation>última interacción %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+181"/>
        <source>No date of birth</source>
        <translation>Sin fecha de nacimiento</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Save the customer&apos;s information (Ctrl+S)</source>
        <translation>Guardar la información del cliente (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has changed.</source>
        <translation>No hay cambios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>%1 % alike: %2</source>
        <translation>Similitud del %1 %: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n customer(s) may be the same person.</source>
        <translation>
            <numerusform>%n cliente podría ser la misma persona.</numerusform>
            <numerusform>%n clientes podrían ser la misma persona.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other customer looks like this one.</source>
        <translation>Ningún otro cliente se parece a este.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This customer may be a duplicate of %1 (%2 %).</source>
        <translation>Este cliente podría ser un duplicado de %1 (%2 %).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Similar customers could not be looked for: %1</source>
        <translation>No se pudieron buscar clientes similares: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a similar customer first.</source>
        <translation>Selecciona primero un cliente similar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make the selected customer this ticket&apos;s customer (this customer keeps its other tickets)</source>
        <translation>Poner el cliente seleccionado como cliente de este caso (el cliente actual conserva sus otros casos)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge the selected customer and this one into one customer</source>
        <translation>Fusionar el cliente seleccionado y este en un solo cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a duplicate by search and merge it</source>
        <translation>Buscar un duplicado y fusionarlo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change the ticket&apos;s customer</source>
        <translation>Cambiar el cliente del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make “%1” this ticket&apos;s customer? The ticket and its conversation move to “%1”; “%2” keeps its other tickets.</source>
        <translation>¿Poner a “%1” como cliente de este caso? El caso y su conversación pasan a “%1”; “%2” conserva sus otros casos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change customer</source>
        <translation>&amp;Cambiar cliente</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Document type</source>
        <translation>&amp;Tipo de documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document &amp;number</source>
        <translation>&amp;Número de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>&amp;Primer nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Middle name</source>
        <translation>Segundo n&amp;ombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>Primer &amp;apellido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;econd last name</source>
        <translation>Segundo apell&amp;ido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>Fecha de na&amp;cimiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save customer</source>
        <translation>Guardar cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo changes</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;profile</source>
        <translation>Abrir p&amp;erfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the customer&apos;s profile</source>
        <translation>Abrir el perfil del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created and changed</source>
        <translation>Creación y modificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ticket has no customer yet.</source>
        <translation>Este caso aún no tiene cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Similar customers</source>
        <translation>Clientes similares</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matched</source>
        <translation>Qué coincidió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar customers status</source>
        <translation>Estado de la búsqueda de clientes similares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for this ticket</source>
        <translation>&amp;Usar para este caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use for this ticket</source>
        <translation>Usar para este caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mer&amp;ge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with this customer</source>
        <translation>Fusionar con este cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a duplicate…</source>
        <translation>Buscar un duplicado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a duplicate to merge</source>
        <translation>Buscar un duplicado para fusionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related customers</source>
        <translation>Clientes relacionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned user</source>
        <translation>Usuario asignado</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/customers_page.py" line="-100"/>
        <source>More customers match: keep typing to narrow the list.</source>
        <translation>Hay más clientes que coinciden: sigue escribiendo para acotar la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer matches “%1”.</source>
        <translation>Ningún cliente coincide con “%1”.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+11"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Search by name, document number, e-mail or phone</source>
        <translation>Buscar por nombre, número de documento, correo o teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers cannot create customers.</source>
        <translation>Los observadores no pueden crear clientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a customer (Ctrl+N)</source>
        <translation>Crear un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the search</source>
        <translation>Limpiar la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Main contact</source>
        <translation>Contacto principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click opens the customer&apos;s profile</source>
        <translation>Enter o doble clic abre el perfil del cliente</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/dashboard_tab.py" line="+114"/>
        <source>None yet</source>
        <translation>Aún ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+60"/>
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+59"/>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Successful channel</source>
        <translation>Canal efectivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The channel the customer writes to us on most</source>
        <translation>El canal por el que el cliente más nos escribe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel on which the customer answered us or read our messages in most tickets</source>
        <translation>El canal por el que el cliente nos respondió o leyó nuestros mensajes en la mayoría de los casos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No tickets or interactions in these dates.</source>
        <translation>No hay casos ni interacciones en estas fechas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tickets by status</source>
        <translation>Casos por estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Interactions per channel</source>
        <translation>Interacciones por canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the customer</source>
        <translation>Del cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the customer</source>
        <translation>Al cliente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tickets and interactions by campaign</source>
        <translation>Casos e interacciones por campaña</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../sagicc_desktop/views/task_form.py" line="+91"/>
        <source>Pick %1 on a calendar</source>
        <translation>Elegir %1 en un calendario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a date on a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
</context>
<context>
    <name>DateRangeBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/date_range.py" line="+82"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter from a date</source>
        <translation>Filtrar desde una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter up to a date</source>
        <translation>Filtrar hasta una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the dates</source>
        <translation>Limpiar las fechas</translation>
    </message>
</context>
<context>
    <name>ExternalViewDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/external_view_dialog.py" line="+120"/>
        <source>Save the external view as HTML</source>
        <translation>Guardar la vista externa como HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Save the external view as PDF</source>
        <translation>Guardar la vista externa como PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>External view of ticket #%1</source>
        <translation>Vista externa del caso #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What people outside the company see of this ticket: the sections its campaign shares. Private notes and internal messages are never included.</source>
        <translation>Lo que ven de este caso las personas de fuera de la empresa: las secciones que comparte su campaña. Nunca incluye notas privadas ni mensajes internos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;HTML…</source>
        <translation>Guardar como &amp;HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the page</source>
        <translation>Idioma de la página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the external view</source>
        <translation>Vista previa de la vista externa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the external view</source>
        <translation>Acerca de la vista externa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as HTML</source>
        <translation>Guardar como HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/file_preview.py" line="+137"/>
        <source>Select a file to preview it.</source>
        <translation>Selecciona un archivo para ver su vista previa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no preview for this type of file. Use Download to open it.</source>
        <translation>No hay vista previa para este tipo de archivo. Usa Descargar para abrirlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file cannot be shown; it may be damaged. Use Download to keep a copy.</source>
        <translation>Este archivo no se puede mostrar; puede estar dañado. Usa Descargar para guardar una copia.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>File preview</source>
        <translation>Vista previa del archivo</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Image preview</source>
        <translation>Vista previa de la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text preview</source>
        <translation>Vista previa del texto</translation>
    </message>
</context>
<context>
    <name>FilePreviewDialog</name>
    <message>
        <location line="+25"/>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/files_tab.py" line="+119"/>
        <source>Save a copy of %1</source>
        <translation>Guardar una copia de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete file</source>
        <translation>Eliminar archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 from ticket #%2?</source>
        <translation>¿Eliminar %1 del caso #%2?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of the customer&apos;s tickets</source>
        <translation>Archivos de los casos del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files in this customer&apos;s tickets.</source>
        <translation>No hay archivos en los casos de este cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View the file (Enter)</source>
        <translation>Ver el archivo (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save a copy of the file</source>
        <translation>Guardar una copia del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ticket</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the file&apos;s ticket</source>
        <translation>Abrir el caso del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the file from its ticket</source>
        <translation>Eliminar el archivo de su caso</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/conversation/filter_bar.py" line="+148"/>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show %1 interactions</source>
        <translation>Mostrar interacciones de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only interactions on or after this day</source>
        <translation>Solo interacciones de este día en adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only interactions on or before this day</source>
        <translation>Solo interacciones hasta este día, inclusive</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>View previous interactions</source>
        <translation>Ver interacciones anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the interactions of this customer&apos;s other tickets, each marked with its ticket number</source>
        <translation>Agregar las interacciones de los otros casos de este cliente, cada una marcada con su número de caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the first interaction (Ctrl+Home)</source>
        <translation>Ir a la primera interacción (Ctrl+Inicio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the first interaction</source>
        <translation>Ir a la primera interacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the newest interaction (Ctrl+End)</source>
        <translation>Ir a la interacción más reciente (Ctrl+Fin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the newest interaction</source>
        <translation>Ir a la interacción más reciente</translation>
    </message>
</context>
<context>
    <name>HeldMailModel</name>
    <message>
        <location filename="../../sagicc_desktop/models/held_mail_model.py" line="+28"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released by</source>
        <translation>Liberado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocked sender</source>
        <translation>Remitente bloqueado</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
</context>
<context>
    <name>HeldMailPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/held_mail_page.py" line="+383"/>
        <source>Reading the message…</source>
        <translation>Leyendo el mensaje…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a message to read it here before you release or discard it.</source>
        <translation>Selecciona un mensaje para leerlo aquí antes de liberarlo o descartarlo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+81"/>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>No longer blocked: the sender has been taken off the block list.</source>
        <translation>Ya no está bloqueado: el remitente se quitó de la lista de bloqueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked. Reason given: %1</source>
        <translation>Bloqueado. Motivo indicado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked (no reason given).</source>
        <translation>Bloqueado (sin motivo indicado).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — not opened here</source>
        <translation>%1 — no se abren aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown as plain text: nothing in the message is opened or loaded.</source>
        <translation>Se muestra como texto sin formato: no se abre ni se carga nada del mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It also has an HTML version, not shown because the sender is blocked.</source>
        <translation>También tiene una versión HTML, que no se muestra porque el remitente está bloqueado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the beginning of a long text is shown; releasing keeps all of it.</source>
        <translation>De un texto largo solo se muestra el comienzo; al liberarlo se conserva completo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(This message has no text.)</source>
        <translation>(Este mensaje no tiene texto.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 by %2, into ticket #%3</source>
        <translation>%1 por %2, en el caso #%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open ticket #%1</source>
        <translation>Abrir el caso #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+268"/>
        <source>Open ticket</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Only supervisors and administrators may release or discard a held message.</source>
        <translation>Solo los supervisores y administradores pueden liberar o descartar un mensaje retenido.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an unknown sender</source>
        <translation>un remitente desconocido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Release held e-mail</source>
        <translation>Liberar correo retenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release the message from %1, “%2”?</source>
        <translation>¿Liberar el mensaje de %1, “%2”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is stored as if it had just arrived: it opens a new ticket, or joins its ticket if it answers one. The sender stays on the block list, so their next messages will be held too.</source>
        <translation>Se guarda como si acabara de llegar: abre un caso nuevo o se une a su caso si responde a uno. El remitente sigue en la lista de bloqueo, así que sus próximos mensajes también quedarán retenidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Discard held e-mail</source>
        <translation>Descartar correo retenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the message from %1, “%2”?</source>
        <translation>¿Descartar el mensaje de %1, “%2”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is deleted for good and cannot be undone. If the mailbox still has it, it will not be fetched again.</source>
        <translation>Se elimina definitivamente y no se puede deshacer. Si el buzón aún lo tiene, no se volverá a descargar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+2"/>
        <location line="+91"/>
        <location line="+3"/>
        <location line="+31"/>
        <source>Held e-mail</source>
        <translation>Correo retenido</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This message is no longer held: someone else may have released or discarded it. The list has been refreshed.</source>
        <translation>Este mensaje ya no está retenido: puede que otra persona lo haya liberado o descartado. La lista se actualizó.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Held e-mail actions</source>
        <translation>Acciones del correo retenido</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Releasing the message from %1…</source>
        <translation>Liberando el mensaje de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message from %1 was discarded.</source>
        <translation>Se descartó el mensaje de %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Released: the message from %1 became the new ticket %2.</source>
        <translation>Liberado: el mensaje de %1 se convirtió en el caso nuevo %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released: the message from %1 joined ticket %2.</source>
        <translation>Liberado: el mensaje de %1 se unió al caso %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sender is still blocked.</source>
        <translation>El remitente sigue bloqueado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open ticket %1</source>
        <translation>Abrir el caso %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+3"/>
        <source>Held e-mail (%1)</source>
        <translation>Correo retenido (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>No e-mail is being held.</source>
        <translation>No hay correo retenido.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>None has been released either.</source>
        <translation>Tampoco se ha liberado ninguno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages from senders on the block list will wait here for you to release or discard them.</source>
        <translation>Los mensajes de remitentes que están en la lista de bloqueo esperarán aquí a que los liberes o los descartes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail from senders on the block list is kept here instead of becoming a ticket. Read it, then release it (it becomes a ticket or joins its ticket) or discard it.</source>
        <translation>El correo de remitentes que están en la lista de bloqueo se guarda aquí en lugar de convertirse en un caso. Léelo y luego libéralo (se convierte en un caso o se une a su caso) o descártalo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only supervisors and administrators can see e-mail held aside from blocked senders. Ask a supervisor if you are expecting a message that has not arrived.</source>
        <translation>Solo los supervisores y administradores pueden ver el correo retenido de remitentes bloqueados. Pregunta a un supervisor si esperas un mensaje que no ha llegado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show released</source>
        <translation>Mostrar liberados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show released messages too</source>
        <translation>Mostrar también los mensajes liberados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the messages already released too, with who released them and where they went</source>
        <translation>Incluir también los mensajes ya liberados, con quién los liberó y a dónde fueron</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Refresh the list</source>
        <translation>Actualizar la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list again (F5)</source>
        <translation>Volver a leer la lista (F5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close this message</source>
        <translation>Cerrar este aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected message</source>
        <translation>Mensaje seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Message preview</source>
        <translation>Vista previa del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox:</source>
        <translation>Buzón:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Block list:</source>
        <translation>Lista de bloqueo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released:</source>
        <translation>Liberado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox</source>
        <translation>Buzón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block list</source>
        <translation>Lista de bloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the message is shown</source>
        <translation>Cómo se muestra el mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release…</source>
        <translation>Liberar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release the message</source>
        <translation>Liberar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the ticket it went to</source>
        <translation>Abrir el caso al que fue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discard (Delete)</source>
        <translation>Descartar (Supr)</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/history_tab.py" line="+50"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next task</source>
        <translation>Próxima gestión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task history</source>
        <translation>Historial de gestiones</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>View more…</source>
        <translation>Ver más…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View all fields of the selected task</source>
        <translation>Ver todos los campos de la gestión seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field of the selected task (Enter)</source>
        <translation>Todos los campos de la gestión seleccionada (Enter)</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>No tasks saved for this ticket.</source>
        <translation>No hay gestiones guardadas en este caso.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/import_dialog.py" line="+274"/>
        <source>Only administrators can import.</source>
        <translation>Solo los administradores pueden importar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+263"/>
        <source>Choose the CSV file</source>
        <translation>Elige el archivo CSV</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+94"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+94"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+94"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+95"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>The report could not be saved: %1</source>
        <translation>No se pudo guardar el informe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report saved to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import was cancelled: nothing was written.</source>
        <translation>La importación se canceló: no se guardó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: %1 of %2 rows were refused (listed below). Correct them in the file and import it again, or choose to import the valid rows and skip the refused ones.</source>
        <translation>No se importó nada: se rechazaron %1 de %2 filas (abajo la lista). Corrígelas en el archivo y vuelve a importarlo, o elige importar las filas válidas y omitir las rechazadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n customer(s).</source>
        <translation>
            <numerusform>Se importó %n cliente.</numerusform>
            <numerusform>Se importaron %n clientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n ticket(s).</source>
        <translation>
            <numerusform>Se importó %n caso.</numerusform>
            <numerusform>Se importaron %n casos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) were refused and skipped (listed below).</source>
        <translation>
            <numerusform>%n fila se rechazó y se omitió (abajo la lista).</numerusform>
            <numerusform>%n filas se rechazaron y se omitieron (abajo la lista).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>semicolons</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vertical bars</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not UTF-8: it was read as Windows-1252 (Western European). Check that accents and ñ look right below; if they do not, save the file as UTF-8 and choose it again.</source>
        <translation>Este archivo no está en UTF-8: se leyó como Windows-1252 (Europa occidental). Comprueba abajo que las tildes y la ñ se vean bien; si no, guarda el archivo como UTF-8 y vuelve a elegirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read as UTF-8.</source>
        <translation>Leído como UTF-8.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns separated by %1; about %2 rows.</source>
        <translation>Columnas separadas por %1; unas %2 filas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from CSV</source>
        <translation>Importar desde CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1. What to import</source>
        <translation>1. Qué importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import:</source>
        <translation>Importar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomers and their contact data</source>
        <translation>C&amp;lientes y sus datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tickets</source>
        <translation>Ca&amp;sos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import tickets</source>
        <translation>Importar casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. The first rows</source>
        <translation>2. Las primeras filas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s first rows</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s columns</source>
        <translation>Las columnas del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Columns</source>
        <translation>3. Columnas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For each field, choose the file&apos;s column that holds it; fields marked * are required. Columns named like the field (in English or Spanish) are already chosen.</source>
        <translation>Para cada campo, elige la columna del archivo que lo contiene; los campos marcados con * son obligatorios. Las columnas que se llaman como el campo (en inglés o en español) ya están elegidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the valid rows and skip the &amp;refused ones</source>
        <translation>Importar las filas válidas y omitir las &amp;rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the valid rows and skip the refused ones</source>
        <translation>Importar las filas válidas y omitir las rechazadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Otherwise the import is all or nothing: one refused row and nothing is written.</source>
        <translation>Si no, la importación es todo o nada: con una sola fila rechazada no se guarda nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import progress</source>
        <translation>Avance de la importación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns of the report</source>
        <translation>Columnas del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report of refused rows</source>
        <translation>Guardar el informe de filas rechazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to the file</source>
        <translation>&amp;Volver al archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the file and the columns</source>
        <translation>Volver al archivo y las columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/import_page.py" line="+45"/>
        <source>Import from CSV</source>
        <translation>Importar desde CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Bring customers (with their document, names, phones and e-mail) or tickets from another system as CSV files, as spreadsheets export them.&lt;/p&gt;&lt;p&gt;You match the file&apos;s columns to the fields, every row is checked first, and a report says which rows were refused and why. Nothing is half imported: either every row goes in, or, if you choose, only the valid ones.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Trae clientes (con su documento, nombres, teléfonos y correo) o casos de otro sistema en archivos CSV, como los exportan las hojas de cálculo.&lt;/p&gt;&lt;p&gt;Emparejas las columnas del archivo con los campos, cada fila se revisa primero y un informe dice qué filas se rechazaron y por qué. Nada queda importado a medias: entran todas las filas o, si lo eliges, solo las válidas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import a CSV file…</source>
        <translation>&amp;Importar un archivo CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a CSV file</source>
        <translation>Importar un archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About importing</source>
        <translation>Acerca de la importación</translation>
    </message>
</context>
<context>
    <name>InformationTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/info_tab.py" line="+82"/>
        <location line="+82"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Document &amp;type</source>
        <translation>&amp;Tipo de documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document &amp;number</source>
        <translation>&amp;Número de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>&amp;Primer nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Middle name</source>
        <translation>Segundo n&amp;ombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>Primer &amp;apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second last name</source>
        <translation>Segundo apell&amp;ido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>Fecha de na&amp;cimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Year, month and day, e.g. 1985-04-23; leave empty if unknown</source>
        <translation>Año, mes y día, p. ej. 1985-04-23; déjala vacía si no se conoce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the customer (Ctrl+S)</source>
        <translation>Guardar el cliente (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save customer</source>
        <translation>Guardar cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/conversation/interaction_dialog.py" line="+35"/>
        <source>No connector is set up for this channel yet: the message waits in the outbox.</source>
        <translation>Este canal aún no tiene un conector configurado: el mensaje espera en la bandeja de salida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mailbox password is not in this computer&apos;s keychain: ask an administrator to enter it.</source>
        <translation>La contraseña del buzón no está en el llavero de este equipo: pide a un administrador que la ingrese.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no keychain to hold the mailbox password.</source>
        <translation>Este equipo no tiene un llavero donde guardar la contraseña del buzón.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending was interrupted when the application closed; it is sent again.</source>
        <translation>El envío se interrumpió al cerrar la aplicación; se enviará de nuevo.</translation>
    </message>
    <message numerus="yes">
        <location line="+171"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent %1</source>
        <translation>enviado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next try %1</source>
        <translation>próximo intento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BCC</source>
        <translation>CCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal (not shown to the customer)</source>
        <translation>Interno (no se muestra al cliente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call failed</source>
        <translation>Llamada fallida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Interaction: %1</source>
        <translation>Interacción: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender is on the block list: nothing can be sent to this address or number.</source>
        <translation>El remitente está en la lista de bloqueo: no se puede enviar nada a esta dirección o número.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All headers (%n)</source>
        <translation>
            <numerusform>Todos los encabezados (%n)</numerusform>
            <numerusform>Todos los encabezados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all headers</source>
        <translation>Mostrar todos los encabezados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message headers</source>
        <translation>Encabezados del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote images are blocked, so the sender cannot tell that (or where) this message was opened.</source>
        <translation>Las imágenes remotas están bloqueadas, así que el remitente no puede saber que (ni dónde) se abrió este mensaje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Show remote images</source>
        <translation>Mostrar imágenes remotas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected attachment as a file</source>
        <translation>Guardar el adjunto seleccionado como archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send this message again</source>
        <translation>Volver a enviar este mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel sending this message</source>
        <translation>Cancelar el envío de este mensaje</translation>
    </message>
</context>
<context>
    <name>InteractionsTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/interactions_tab.py" line="+126"/>
        <source>From the customer</source>
        <translation>Del cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To the customer</source>
        <translation>Al cliente</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets of the customer</source>
        <translation>Casos del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interactions of the customer</source>
        <translation>Interacciones del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No tickets in these dates.</source>
        <translation>No hay casos en estas fechas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interactions in these dates.</source>
        <translation>No hay interacciones en estas fechas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add ticket</source>
        <translation>Agregar caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add a ticket for this customer</source>
        <translation>Agregar un caso para este cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open ticket</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected ticket</source>
        <translation>Abrir el caso seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected ticket (Enter or double-click a row)</source>
        <translation>Abrir el caso seleccionado (Enter o doble clic en una fila)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sagicc_desktop/models/labels.py" line="+12"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <translation>En gestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer</source>
        <translation>Visualizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ID</source>
        <translation>Otro documento</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../sagicc_desktop/i18n.py" line="+43"/>
        <source>English</source>
        <extracomment>Name of a language, shown in the language picker.</extracomment>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>LayoutControls</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/layout_controls.py" line="+189"/>
        <source>You are already using your role&apos;s layout.</source>
        <translation>Ya estás usando la distribución de tu rol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layout</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two columns</source>
        <translation>Dos columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three columns</source>
        <translation>Tres columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show tabs</source>
        <translation>Mostrar pestañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to my role&apos;s layout</source>
        <translation>Restablecer la distribución de mi rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a role&apos;s layout…</source>
        <translation>Editar la distribución de un rol…</translation>
    </message>
</context>
<context>
    <name>LayoutEditBar</name>
    <message>
        <location line="-141"/>
        <source>Editing the layout of the role</source>
        <translation>Editando la distribución del rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move, stack, float or hide tabs, then save it for everyone with this role.</source>
        <translation>Mueve, apila, desacopla u oculta pestañas y luego guarda la distribución para todos los que tienen este rol.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role whose layout is edited</source>
        <translation>Rol cuya distribución se edita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save for role</source>
        <translation>Guardar para el rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout editing</source>
        <translation>Edición de la distribución</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sagicc_desktop/views/main_window.py" line="+249"/>
        <source>Reminder: %1 at %2, ticket #%3</source>
        <translation>Recordatorio: %1 a las %2, caso #%3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>next action</source>
        <translation>próxima gestión</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A message could not be sent. Open its ticket to retry it.</source>
        <translation>No se pudo enviar un mensaje. Abre su caso para reintentarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n new ticket(s) arrived by e-mail.</source>
        <translation>
            <numerusform>Llegó %n caso nuevo por correo.</numerusform>
            <numerusform>Llegaron %n casos nuevos por correo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n e-mail(s) from blocked senders kept aside.</source>
        <translation>
            <numerusform>Se retuvo %n correo de remitentes bloqueados.</numerusform>
            <numerusform>Se retuvieron %n correos de remitentes bloqueados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incoming e-mail: %1</source>
        <translation>Correo entrante: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail from blocked senders, kept aside for you to release or discard</source>
        <translation>Correo de remitentes bloqueados, retenido para que lo liberes o lo descartes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator has deactivated your user, so you have been signed out. Ask an administrator if you need access again.</source>
        <translation>Un administrador desactivó tu usuario, así que se cerró tu sesión. Pide acceso a un administrador si lo necesitas de nuevo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sagicc Desktop — %1</source>
        <translation>Sagicc Desktop — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Side menu</source>
        <translation>Menú lateral</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presence of the team</source>
        <translation>Presencia del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users, campaigns, channels, templates, surveys, imports and the change log</source>
        <translation>Usuarios, campañas, canales, plantillas, encuestas, importaciones y registro de cambios</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/merge_dialog.py" line="+98"/>
        <source>Ticket #%1: %2 (%3)</source>
        <translation>Caso #%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the number of the ticket to merge into first.</source>
        <translation>Escribe primero el número del caso con el que se fusionará.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both tickets have the same customer, or one has none.</source>
        <translation>Los dos casos tienen el mismo cliente, o uno de ellos no tiene cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other customer&apos;s contact details, accounts and tickets move to the one kept.</source>
        <translation>Los datos de contacto, las cuentas y los casos del otro cliente pasan al que se conserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this ticket&apos;s customer</source>
        <translation>el cliente de este caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer of ticket #%1</source>
        <translation>cliente del caso #%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep %1 (%2)</source>
        <translation>Conservar a %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the number of an open ticket you may see.</source>
        <translation>Escribe el número de un caso abierto que puedas ver.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge ticket #%1 into ticket #%2? Its conversation, tasks, agenda, attachments, notes and relations move to #%2 and #%1 is closed. This cannot be undone.</source>
        <translation>¿Fusionar el caso #%1 con el caso #%2? Su conversación, gestiones, agenda, adjuntos, notas y relaciones pasan al #%2 y el #%1 se cierra. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two customers are merged too.</source>
        <translation>Los dos clientes también se fusionan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>Merge tickets</source>
        <translation>Fusionar casos</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+70"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This ticket is merged into the ticket you choose: its conversation, tasks, agenda, attachments, notes and relations move there, and this ticket is closed. The merge cannot be undone.</source>
        <translation>Este caso se fusiona con el caso que elijas: su conversación, gestiones, agenda, adjuntos, notas y relaciones pasan a ese caso, y este caso se cierra. La fusión no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket number to merge into</source>
        <translation>Número del caso con el que se fusionará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge into ticket #:</source>
        <translation>Fusionar con el caso n.º:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket found</source>
        <translation>Caso encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the customers too</source>
        <translation>Fusionar también los clientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this ticket&apos;s customer</source>
        <translation>Conservar el cliente de este caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the other ticket&apos;s customer</source>
        <translation>Conservar el cliente del otro caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../sagicc_desktop/views/messages.py" line="+17"/>
        <location line="+29"/>
        <source>The user name or password is not right.</source>
        <translation>El usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Your role does not allow this action.</source>
        <translation>Tu rol no permite esta acción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That ticket does not exist or you may not see it.</source>
        <translation>Ese caso no existe o no tienes permiso para verlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this ticket after you opened it. Your changes are still in the form: refresh to see theirs, then save again.</source>
        <translation>Otra persona guardó este caso después de que lo abriste. Tus cambios siguen en el formulario: actualiza para ver los suyos y vuelve a guardar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ticket is closed and cannot be changed.</source>
        <translation>Este caso está cerrado y no se puede modificar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your status stays Busy while a ticket is open. Exit the ticket first.</source>
        <translation>Tu estado sigue En gestión mientras tengas un caso abierto. Sal del caso primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the data is not valid.</source>
        <translation>Algunos datos no son válidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../sagicc_desktop/views/messages_templates.py" line="+30"/>
        <source>The text is too long: at most %1 characters.</source>
        <translation>El texto es demasiado largo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../sagicc_desktop/views/messages_users.py" line="+24"/>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large: at most %2 per file.</source>
        <translation>El archivo es demasiado grande: máximo %2 por archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of this type (%2) may not be attached.</source>
        <translation>No se permite adjuntar archivos de este tipo (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty; there is nothing to attach.</source>
        <translation>El archivo está vacío; no hay nada que adjuntar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid file name: %2. Use a name without / or \ or control characters.</source>
        <translation>Este no es un nombre de archivo válido: %2. Usa un nombre sin / ni \ ni caracteres de control.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read %2: it may have been moved, deleted or locked. Nothing was added.</source>
        <translation>No se pudo leer %2: puede que se haya movido, eliminado o bloqueado. No se agregó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the note colours.</source>
        <translation>Elige uno de los colores de nota.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your user name and password.</source>
        <translation>Escribe tu usuario y contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user has been deactivated.</source>
        <translation>Este usuario ha sido desactivado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must have at least 4 characters.</source>
        <translation>La contraseña debe tener al menos 4 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid e-mail address: %2</source>
        <translation>Esta no es una dirección de correo válida: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid phone number: %2</source>
        <translation>Este no es un número de teléfono válido: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator already exists.</source>
        <translation>Ya existe un administrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” is required.</source>
        <translation>“%2” es obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” must be a number.</source>
        <translation>“%2” debe ser un número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2”: pick one of the options offered.</source>
        <translation>“%2”: elige una de las opciones disponibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” is not a real date; write it as YYYY-MM-DD.</source>
        <translation>“%2” no es una fecha válida; escríbela como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” is not a valid time; write it as HH:MM.</source>
        <translation>“%2” no es una hora válida; escríbela como HH:MM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” is too long: at most %1 characters.</source>
        <translation>“%2” es demasiado largo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” is not a field of this task form.</source>
        <translation>“%2” no es un campo de este formulario de gestión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%2” has a kind of field this version does not know.</source>
        <translation>“%2” tiene un tipo de campo que esta versión no reconoce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The campaign&apos;s task form was changed or removed. The form now shows the current one with what you typed: check it and save again.</source>
        <translation>El formulario de gestión de la campaña se modificó o se eliminó. Ahora se muestra el formulario actual con lo que escribiste: revísalo y vuelve a guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The task is empty: fill in a field, write an observation or schedule a next task.</source>
        <translation>La gestión está vacía: completa un campo, escribe una observación o programa una próxima gestión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The observations are too long: at most %1 characters.</source>
        <translation>Las observaciones son demasiado largas: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the next task both a date and a time.</source>
        <translation>Indica tanto la fecha como la hora de la próxima gestión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next task date is not a real date; write it as YYYY-MM-DD.</source>
        <translation>La fecha de la próxima gestión no es válida; escríbela como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next task time is not valid; write it as HH:MM.</source>
        <translation>La hora de la próxima gestión no es válida; escríbela como HH:MM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next task date and time are in the past.</source>
        <translation>La fecha y la hora de la próxima gestión ya pasaron.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next task is too far ahead: at most %1 days from now.</source>
        <translation>La próxima gestión está demasiado lejos: máximo %1 días a partir de hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next task overlaps another entry of the agenda.</source>
        <translation>La próxima gestión se cruza con otra entrada de la agenda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft is too large to keep: at most %1 characters.</source>
        <translation>El borrador es demasiado grande para guardarlo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of the period is before its start.</source>
        <translation>El final del período es anterior a su inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the e-mail address, number, address or profile.</source>
        <translation>Escribe el correo electrónico, el número, la dirección o el perfil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer already has this contact data: %2</source>
        <translation>El cliente ya tiene este dato de contacto: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This contact data no longer exists: someone may have deleted it. The list has been refreshed.</source>
        <translation>Este dato de contacto ya no existe: puede que alguien lo haya eliminado. La lista se actualizó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this contact data after you opened it (it is now: %2). Your edit is still here: save again to replace theirs, or cancel to keep it.</source>
        <translation>Otra persona modificó este dato de contacto después de que lo abriste (ahora es: %2). Tu cambio sigue aquí: vuelve a guardar para reemplazar el suyo o cancela para conservarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed this contact data after you loaded it (it is now: %2). Nothing was deleted: check the refreshed list and delete again if you still want to.</source>
        <translation>Otra persona modificó este dato de contacto después de que lo cargaste (ahora es: %2). No se eliminó nada: revisa la lista actualizada y vuelve a eliminarlo si aún quieres hacerlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This ticket has no customer yet.</source>
        <translation>Este caso aún no tiene cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only supervisors and administrators may take a value off the block list.</source>
        <translation>Solo los supervisores y administradores pueden quitar un valor de la lista de bloqueo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the account number.</source>
        <translation>Escribe el número de la cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer already has an account numbered %2.</source>
        <translation>El cliente ya tiene una cuenta con el número %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every row of additional data needs a key.</source>
        <translation>Cada fila de datos adicionales necesita una clave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The additional data has the key “%2” more than once.</source>
        <translation>Los datos adicionales tienen la clave “%2” más de una vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account no longer exists for this customer. The list has been refreshed.</source>
        <translation>Esta cuenta ya no existe para este cliente. La lista se actualizó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed this account after you opened it. Your edit is still here: save again to replace theirs, or cancel to keep it.</source>
        <translation>Otra persona modificó esta cuenta después de que la abriste. Tu cambio sigue aquí: vuelve a guardar para reemplazar el suyo o cancela para conservarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed the ticket&apos;s account meanwhile. The list now shows the current one; choose again if you still want this account.</source>
        <translation>Mientras tanto, otra persona cambió la cuenta del caso. La lista muestra ahora la cuenta actual; vuelve a elegir si aún quieres esta cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no ticket with number %2.</source>
        <translation>No hay ningún caso con el número %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%2 has been deleted.</source>
        <translation>El caso #%2 fue eliminado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%2 belongs to a campaign you do not have access to.</source>
        <translation>El caso #%2 pertenece a una campaña a la que no tienes acceso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ticket cannot be merged with itself.</source>
        <translation>Un caso no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%2 is closed: a ticket can only be merged into an open one.</source>
        <translation>El caso #%2 está cerrado: un caso solo se puede fusionar con uno abierto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose which of the two customers to keep.</source>
        <translation>Elige cuál de los dos clientes conservar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ticket cannot be related to itself.</source>
        <translation>Un caso no se puede relacionar consigo mismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%2 is already related to this one.</source>
        <translation>El caso #%2 ya está relacionado con este.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That relation no longer exists.</source>
        <translation>Esa relación ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket is already assigned to that user.</source>
        <translation>El caso ya está asignado a ese usuario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That user cannot take tickets (deactivated, or a viewer).</source>
        <translation>Ese usuario no puede recibir casos (está desactivado o es visualizador).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That user cannot see tickets of this campaign: choose a member of the campaign.</source>
        <translation>Ese usuario no puede ver los casos de esta campaña: elige a un miembro de la campaña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>Un cliente no se puede fusionar consigo mismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That customer no longer exists or has already been merged.</source>
        <translation>Ese cliente ya no existe o ya fue fusionado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That notification no longer exists.</source>
        <translation>Esa notificación ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This template cannot be filled in (%2). Ask an administrator to correct it.</source>
        <translation>Esta plantilla no se puede completar (%2). Pide a un administrador que la corrija.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That template no longer exists.</source>
        <translation>Esa plantilla ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This campaign has no survey to link to.</source>
        <translation>Esta campaña no tiene una encuesta para enlazar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls can be handed over as tel: or sip: links only.</source>
        <translation>Las llamadas solo se pueden pasar como enlaces tel: o sip:.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how the call ended.</source>
        <translation>Elige cómo terminó la llamada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call duration is not valid.</source>
        <translation>La duración de la llamada no es válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 is on the block list: nothing can be sent to it.</source>
        <translation>%2 está en la lista de bloqueo: no se le puede enviar nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This channel is not enabled for the ticket&apos;s campaign.</source>
        <translation>Este canal no está habilitado para la campaña del caso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket #%2 is marked as not public: it has no external view.</source>
        <translation>El caso #%2 está marcado como no público: no tiene vista externa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Viewers can read tickets but not change them.</source>
        <translation>Los visualizadores pueden leer los casos pero no modificarlos.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sagicc Desktop</source>
        <translation>Sagicc Desktop</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_audio.py" line="+14"/>
        <source>Sound cannot be recorded or played on this computer: the PortAudio library is missing.</source>
        <translation>En este equipo no se puede grabar ni reproducir sonido: falta la biblioteca PortAudio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No microphone was found. Connect one, or choose another in the audio preferences.</source>
        <translation>No se encontró ningún micrófono. Conecta uno o elige otro en las preferencias de audio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker or headset was found to play the sound.</source>
        <translation>No se encontró ningún parlante ni diadema para reproducir el sonido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system refused access to the microphone. Allow Sagicc Desktop to use it in the system&apos;s privacy settings, then record again.</source>
        <translation>El sistema negó el acceso al micrófono. Permite que Sagicc Desktop lo use en la configuración de privacidad del sistema y vuelve a grabar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone could not be opened; another program may be using it. (%2)</source>
        <translation>No se pudo abrir el micrófono; puede que otro programa lo esté usando. (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker or headset could not be opened; another program may be using it. (%2)</source>
        <translation>No se pudo abrir el parlante o la diadema; puede que otro programa lo esté usando. (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The microphone was disconnected. What was recorded until then (%2) is kept: listen to it, then keep or discard it.</source>
        <translation>El micrófono se desconectó. Lo grabado hasta ese momento (%2) se conserva: escúchalo y luego consérvalo o descártalo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone was disconnected before anything was recorded.</source>
        <translation>El micrófono se desconectó antes de que se grabara algo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker or headset was disconnected; playback stopped.</source>
        <translation>El parlante o la diadema se desconectó; la reproducción se detuvo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording could not be saved to disk; what was saved before is kept. (%2)</source>
        <translation>La grabación no se pudo guardar en el disco; se conserva lo que se había guardado antes. (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sound file cannot be read; it may be damaged or of an unknown kind.</source>
        <translation>Este archivo de sonido no se puede leer; puede estar dañado o ser de un tipo desconocido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time limit of %2 was reached and the recording stopped. Listen to it, then keep or discard it.</source>
        <translation>Se alcanzó el límite de tiempo de %2 y la grabación se detuvo. Escúchala y luego consérvala o descártala.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was heard: check that the microphone is on and not muted, and that the system lets Sagicc Desktop use it.</source>
        <translation>No se escuchó nada: revisa que el micrófono esté encendido y sin silenciar, y que el sistema permita que Sagicc Desktop lo use.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The microphone chosen in the preferences (%2) is not connected; the system default is used.</source>
        <translation>El micrófono elegido en las preferencias (%2) no está conectado; se usa el predeterminado del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The speaker chosen in the preferences (%2) is not connected; the system default is used.</source>
        <translation>El parlante elegido en las preferencias (%2) no está conectado; se usa el predeterminado del sistema.</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_channels.py" line="+11"/>
        <source>This channel is not enabled for the ticket&apos;s campaign (or it has been switched off).</source>
        <translation>Este canal no está habilitado para la campaña del caso (o se desactivó).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one recipient.</source>
        <translation>Agrega al menos un destinatario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 is not the customer&apos;s contact data, and this campaign only writes to the customer&apos;s own.</source>
        <translation>%2 no es un dato de contacto del cliente, y esta campaña solo escribe a los datos propios del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 is on the block list: nothing may be sent to it. Remove it from the recipients.</source>
        <translation>%2 está en la lista de bloqueo: no se le puede enviar nada. Quítalo de los destinatarios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is empty: write something or attach a file.</source>
        <translation>El mensaje está vacío: escribe algo o adjunta un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail needs a subject.</source>
        <translation>Un correo necesita un asunto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CC and BCC are for e-mail only.</source>
        <translation>CC y CCO son solo para correo electrónico.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many recipients: at most %1 in one message.</source>
        <translation>Demasiados destinatarios: máximo %1 en un mensaje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 does not take attachments.</source>
        <translation>%2 no admite adjuntos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%2 cannot be sent on this channel: its type is not allowed.</source>
        <translation>%2 no se puede enviar por este canal: su tipo no está permitido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attachments are too large for this channel: at most %2 in one message.</source>
        <translation>Los adjuntos son demasiado grandes para este canal: máximo %2 en un mensaje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This interaction was not sent from here, so it has no delivery.</source>
        <translation>Esta interacción no se envió desde aquí, así que no tiene un envío asociado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message is being sent right now; wait a moment and look at its state again.</source>
        <translation>El mensaje se está enviando en este momento; espera un poco y vuelve a revisar su estado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message has already been sent.</source>
        <translation>El mensaje ya se envió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no keychain to keep the mailbox password in (%2). Install or unlock the system&apos;s keychain (on Linux, a Secret Service such as GNOME Keyring or KWallet).</source>
        <translation>Este equipo no tiene un llavero donde guardar la contraseña del buzón (%2). Instala o desbloquea el llavero del sistema (en Linux, un Secret Service como GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused to give or keep the password: %2</source>
        <translation>El llavero se negó a entregar o guardar la contraseña: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 is not one of the customer&apos;s e-mail addresses: choose one of theirs.</source>
        <translation>%2 no es una de las direcciones de correo del cliente: elige una de las suyas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket&apos;s campaign has no e-mail channel to send from.</source>
        <translation>La campaña del caso no tiene un canal de correo desde el cual enviar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation has no messages to send yet.</source>
        <translation>La conversación aún no tiene mensajes para enviar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only supervisors and administrators may release or discard a held message.</source>
        <translation>Solo los supervisores y administradores pueden liberar o descartar un mensaje retenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This message has already been released.</source>
        <translation>Este mensaje ya fue liberado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message could not be let through (%2), so it stays held. Check the mailbox&apos;s campaigns and try again.</source>
        <translation>Este mensaje no se pudo dejar pasar (%2), así que sigue retenido. Revisa las campañas del buzón y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some settings are not right: each marked field says what to correct. Nothing was saved.</source>
        <translation>Algunos datos no son correctos: cada campo marcado dice qué corregir. No se guardó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved this channel after you opened it. Your changes are still in the form: reopen the channel to see theirs, then save again.</source>
        <translation>Otra persona guardó este canal después de que lo abrieras. Tus cambios siguen en el formulario: vuelve a abrir el canal para ver los suyos y guarda de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This channel no longer exists. The list has been refreshed.</source>
        <translation>Este canal ya no existe. La lista se ha actualizado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A channel&apos;s kind cannot change: create a new channel instead.</source>
        <translation>El tipo de un canal no puede cambiar: crea un canal nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of channel keeps no password or token.</source>
        <translation>Este tipo de canal no guarda contraseña ni token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channels of this kind cannot be set up here.</source>
        <translation>Los canales de este tipo no se pueden configurar aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill this in.</source>
        <translation>Completa este campo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A port is a whole number from 1 to 65535.</source>
        <translation>Un puerto es un número entero de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a server name such as mail.example.com or an IP address, without http:// or a port.</source>
        <translation>Escribe un nombre de servidor como mail.example.com o una dirección IP, sin http:// ni puerto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../sagicc_desktop/views/messages_users.py" line="+6"/>
        <source>This is not a valid e-mail address.</source>
        <translation>Este correo no es válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the security options offered.</source>
        <translation>Elige una de las opciones de seguridad ofrecidas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose tel: or sip:.</source>
        <translation>Elige tel: o sip:.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the full address, such as https://api.example.com/v1.</source>
        <translation>Escribe la dirección completa, como https://api.example.com/v1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use https:// so the token does not travel unencrypted (http:// is only for this computer).</source>
        <translation>Usa https:// para que el token no viaje sin cifrar (http:// es solo para este equipo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the number in international form (+57…); SMS also takes a short code or a name of up to 11 letters and digits.</source>
        <translation>Escribe el número en formato internacional (+57…); el SMS también acepta un código corto o un nombre de hasta 11 letras y dígitos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The size must be between 0 and 1024 MB.</source>
        <translation>El tamaño debe estar entre 0 y 1024 MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write types such as application/pdf or image/*, separated by commas.</source>
        <translation>Escribe tipos como application/pdf o image/*, separados por comas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is too long: at most 160 characters.</source>
        <translation>Es demasiado largo: como máximo 160 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is not valid.</source>
        <translation>Este valor no es válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to %1: the settings work.</source>
        <translation>Conectado a %1: la configuración funciona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings are incomplete: fill in the server and, for receiving, the user.</source>
        <translation>La configuración está incompleta: completa el servidor y, para recibir, el usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 was not found. Check its name for typing errors, and the network connection.</source>
        <translation>No se encontró el servidor %1. Revisa que el nombre esté bien escrito y la conexión de red.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 refused the connection: nothing answers on that port. Check the port and the security.</source>
        <translation>El servidor %1 rechazó la conexión: nada responde en ese puerto. Revisa el puerto y la seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 did not answer in time. Check the name and port, or whether a firewall blocks the connection.</source>
        <translation>El servidor %1 no respondió a tiempo. Revisa el nombre y el puerto, o si un cortafuegos bloquea la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection with %1 failed. The server may expect another security setting on this port (TLS or STARTTLS).</source>
        <translation>Falló la conexión segura con %1. Puede que el servidor espere otra seguridad en este puerto (TLS o STARTTLS).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 showed a certificate this computer does not trust (issued to %3 by %4). If it is your organisation&apos;s own certificate, choose its CA file and test again.</source>
        <translation>El servidor %1 presentó un certificado en el que este equipo no confía (emitido para %3 por %4). Si es el certificado propio de tu organización, elige el archivo de su CA y vuelve a probar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA file could not be read: choose an existing certificate file (PEM).</source>
        <translation>No se pudo leer el archivo de la CA: elige un archivo de certificado que exista (PEM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 does not offer STARTTLS, and the password is never sent unencrypted. Choose another security setting.</source>
        <translation>El servidor %1 no ofrece STARTTLS, y la contraseña nunca se envía sin cifrar. Elige otra seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server %1 does not accept a login. Leave the user empty if it sends without one.</source>
        <translation>El servidor %1 no acepta inicio de sesión. Deja el usuario vacío si envía sin él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 refused the user name or password. Check both (some providers need an app password).</source>
        <translation>El servidor %1 rechazó el usuario o la contraseña. Revisa ambos (algunos proveedores piden una contraseña de aplicación).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in to %1, but the folder “%2” is not there. Check the folder&apos;s name.</source>
        <translation>Se inició sesión en %1, pero la carpeta «%2» no existe allí. Revisa el nombre de la carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 answered something unexpected: %2</source>
        <translation>El servidor %1 respondió algo inesperado: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 showed a certificate this computer does not trust. If it is your organisation&apos;s own certificate, choose its CA file and test again.</source>
        <translation>El servidor %1 presentó un certificado en el que este equipo no confía. Si es el certificado propio de tu organización, elige el archivo de su CA y vuelve a probar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server said: %1</source>
        <translation>El servidor respondió: %1</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_customers.py" line="+15"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth cannot be before 1 January 1900.</source>
        <translation>La fecha de nacimiento no puede ser anterior al 1 de enero de 1900.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a real date; write it as YYYY-MM-DD.</source>
        <translation>Esta no es una fecha válida; escríbela como AAAA-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document number may only have letters, digits and hyphens.</source>
        <translation>El número de documento solo puede tener letras, dígitos y guiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose one of the document types offered.</source>
        <translation>Elige uno de los tipos de documento disponibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another customer already has this document type and number. If it is the same person, merge the two customers instead.</source>
        <translation>Otro cliente ya tiene este tipo y número de documento. Si es la misma persona, fusiona los dos clientes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This customer was merged into another one and can no longer be changed or chosen.</source>
        <translation>Este cliente se fusionó con otro y ya no se puede modificar ni elegir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>This customer has been deleted.</source>
        <translation>Este cliente fue eliminado.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>That customer does not exist.</source>
        <translation>Ese cliente no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this customer after you opened it. Your changes are still in the form: refresh to see theirs, then save again.</source>
        <translation>Otra persona guardó este cliente después de que lo abriste. Tus cambios siguen en el formulario: actualiza para ver los suyos y vuelve a guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This customer&apos;s tickets are all in campaigns you do not work in: you may not change it.</source>
        <translation>Todos los casos de este cliente están en campañas en las que no trabajas: no puedes modificarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is no longer the ticket&apos;s customer. The tab has been refreshed.</source>
        <translation>Este ya no es el cliente del caso. La pestaña se actualizó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers that look like the same person already exist: choose one of them, or confirm that this is a new customer.</source>
        <translation>Ya existen clientes que parecen ser la misma persona: elige uno de ellos o confirma que se trata de un cliente nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A customer cannot be related to itself.</source>
        <translation>Un cliente no se puede relacionar consigo mismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These two customers are already related.</source>
        <translation>Estos dos clientes ya están relacionados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many tags: at most %1 for one relation.</source>
        <translation>Demasiadas etiquetas: máximo %1 por relación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this relation after you opened it. The list has been refreshed: edit it again if you still want to.</source>
        <translation>Otra persona modificó esta relación después de que la abriste. La lista se actualizó: vuelve a editarla si aún quieres hacerlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators and the assigned user may change or remove this assignment.</source>
        <translation>Solo los administradores y el usuario asignado pueden modificar o quitar esta asignación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That user has been deactivated.</source>
        <translation>Ese usuario ha sido desactivado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewers cannot be assigned to customers.</source>
        <translation>Los visualizadores no se pueden asignar a clientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That user does not work in this campaign: choose a member of the campaign.</source>
        <translation>Ese usuario no trabaja en esta campaña: elige a un miembro de la campaña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this assignment meanwhile. The list has been refreshed.</source>
        <translation>Mientras tanto, otra persona modificó esta asignación. La lista se actualizó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That assignment no longer exists.</source>
        <translation>Esa asignación ya no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A customer cannot be merged with itself: choose another customer as the duplicate.</source>
        <translation>Un cliente no se puede fusionar consigo mismo: elige otro cliente como duplicado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the two customers no longer exists or has already been merged into another one, so it cannot take part in a merge. Choose a live customer.</source>
        <translation>Uno de los dos clientes ya no existe o ya se fusionó con otro, así que no puede participar en una fusión. Elige un cliente vigente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customers have open tickets in campaigns you may not see, so you may not merge them. Ask an administrator.</source>
        <translation>Los clientes tienen casos abiertos en campañas que no puedes ver, así que no puedes fusionarlos. Consulta a un administrador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Viewers can read the customer but not change it.</source>
        <translation>Los visualizadores pueden ver los datos del cliente pero no modificarlos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This ticket is closed: its customer cannot be changed from it.</source>
        <translation>Este caso está cerrado: no se puede cambiar su cliente desde aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer was merged into another one.</source>
        <translation>Este cliente se fusionó con otro.</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_campaigns.py" line="+10"/>
        <source>Some of the campaign&apos;s data is not valid: see the marked fields.</source>
        <translation>Algunos datos de la campaña no son válidos: revisa los campos marcados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the campaign a name.</source>
        <translation>Ponle un nombre a la campaña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another campaign is already called “%2” (capitals aside): choose another name.</source>
        <translation>Ya hay otra campaña llamada «%2» (sin contar mayúsculas): elige otro nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>El nombre es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description is too long: at most %1 characters.</source>
        <translation>La descripción es demasiado larga: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the chosen users no longer exists. The list has been refreshed: choose again.</source>
        <translation>Uno de los usuarios elegidos ya no existe. La lista se ha actualizado: elige de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One of the chosen channels no longer exists. The list has been refreshed: choose again.</source>
        <translation>Uno de los canales elegidos ya no existe. La lista se ha actualizado: elige de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New tickets can only open from a channel the campaign uses: tick that channel too.</source>
        <translation>Los casos nuevos solo pueden abrirse desde un canal que la campaña usa: marca también ese canal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The script is too long: at most %1 characters.</source>
        <translation>El guion es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The external view has no such section.</source>
        <translation>La vista externa no tiene esa sección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this campaign after you opened it. Your changes are still here: Discard changes shows theirs; Save again replaces them with yours.</source>
        <translation>Otra persona guardó esta campaña después de que la abrieras. Tus cambios siguen aquí: Descartar cambios muestra los suyos; Guardar otra vez los reemplaza con los tuyos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This campaign no longer exists.</source>
        <translation>Esta campaña ya no existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some fields of the form need correcting: each one marked in the list says what is wrong.</source>
        <translation>Algunos campos del formulario necesitan corrección: cada uno marcado en la lista dice qué está mal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the field a label: it is what agents see.</source>
        <translation>Ponle una etiqueta al campo: es lo que ven los agentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label is too long: keep it under 120 characters.</source>
        <translation>La etiqueta es demasiado larga: déjala en menos de 120 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the types in the list.</source>
        <translation>Elige uno de los tipos de la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This field&apos;s stored name is not valid. Remove the field and add it again.</source>
        <translation>El nombre interno de este campo no es válido. Quita el campo y vuelve a añadirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This field is in the form twice. Remove one of them.</source>
        <translation>Este campo está dos veces en el formulario. Quita uno de ellos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add at least one choice for agents to pick.</source>
        <translation>Añade al menos una opción para que los agentes elijan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the choices is empty: write it or remove it.</source>
        <translation>Una de las opciones está vacía: escríbela o quítala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the choices is too long: keep each under 120 characters.</source>
        <translation>Una de las opciones es demasiado larga: deja cada una en menos de 120 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two choices are the same (capitals aside): each choice must be different.</source>
        <translation>Hay dos opciones iguales (sin contar mayúsculas): cada opción debe ser distinta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many choices: at most 100.</source>
        <translation>Demasiadas opciones: como máximo 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many fields: a task form has at most %1.</source>
        <translation>Demasiados campos: un formulario de tareas tiene como máximo %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else saved this task form after you opened it. Your form is still here: Save again to replace theirs, or Discard changes to see theirs.</source>
        <translation>Otra persona guardó este formulario de tareas después de que lo abrieras. Tu formulario sigue aquí: guarda de nuevo para reemplazar el suyo, o descarta los cambios para ver el suyo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of the SLA settings need correcting: see the marked rules, days and holidays.</source>
        <translation>Parte de la configuración del SLA necesita corrección: mira las reglas, días y festivos marcados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a priority for this rule.</source>
        <translation>Elige una prioridad para esta regla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category no longer exists: choose another one, or any category.</source>
        <translation>Esta categoría ya no existe: elige otra, o cualquier categoría.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time to solve must be between 1 and 8,760 hours.</source>
        <translation>El tiempo para resolver debe estar entre 1 y 8.760 horas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a rule for this priority and category: change one of them.</source>
        <translation>Ya hay una regla para esta prioridad y categoría: cambia una de ellas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the hours as HH:MM, e.g. 08:00.</source>
        <translation>Escribe las horas como HH:MM, p. ej. 08:00.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day must open before it closes.</source>
        <translation>El día debe abrir antes de cerrar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the campaign&apos;s time zone from the list, e.g. America/Bogota.</source>
        <translation>Elige la zona horaria de la campaña de la lista, p. ej. America/Bogota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This holiday is not a real date.</source>
        <translation>Este festivo no es una fecha real.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This holiday is in the list twice.</source>
        <translation>Este festivo está dos veces en la lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many holidays: at most %1.</source>
        <translation>Demasiados festivos: como máximo %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this campaign&apos;s SLA after you opened it. Your changes were not saved: Discard changes to see theirs, then make yours again.</source>
        <translation>Otra persona cambió el SLA de esta campaña después de que lo abrieras. Tus cambios no se guardaron: descarta los cambios para ver los suyos y luego vuelve a hacer los tuyos.</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_import.py" line="+18"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second last name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket type</source>
        <translation>Tipo de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Creado el</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no column “%2” (mapped to %1). Choose one of its columns. Nothing was imported.</source>
        <translation>El archivo no tiene la columna «%2» (asignada a %1). Elige una de sus columnas. No se importó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is required: choose the file&apos;s column that holds it. Nothing was imported.</source>
        <translation>%1 es obligatorio: elige la columna del archivo que lo contiene. No se importó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be imported here.</source>
        <translation>%1 no se puede importar aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty: it has no header row to map.</source>
        <translation>El archivo está vacío: no tiene fila de encabezados para asignar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read (%2). Check that it exists and is not open in another program.</source>
        <translation>No se pudo leer el archivo (%2). Comprueba que exista y que no esté abierto en otro programa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Required, but empty.</source>
        <translation>Obligatorio, pero vacío.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Needs %1, and the file has no column mapped to it.</source>
        <translation>Necesita %1, y el archivo no tiene una columna asignada a ese campo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a real date; write it as YYYY-MM-DD or DD/MM/YYYY.</source>
        <translation>No es una fecha real; escríbela como AAAA-MM-DD o DD/MM/AAAA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has characters that cannot be read in this encoding; save the file as UTF-8 and import it again.</source>
        <translation>Tiene caracteres que no se pueden leer con esta codificación; guarda el archivo como UTF-8 y vuelve a importarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has %2 cells where the header has %1.</source>
        <translation>Tiene %2 celdas donde el encabezado tiene %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same document is already on line %1 of the file.</source>
        <translation>El mismo documento ya está en la línea %1 del archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A stored customer already has this document.</source>
        <translation>Un cliente guardado ya tiene este documento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document number may only have letters, digits and hyphens.</source>
        <translation>Un número de documento solo puede tener letras, dígitos y guiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a known document type (cc, ce, passport, nit, other).</source>
        <translation>No es un tipo de documento conocido (cc, ce, passport, nit, other).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth is before %1.</source>
        <translation>La fecha de nacimiento es anterior a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid e-mail address.</source>
        <translation>No es una dirección de correo válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a valid phone number.</source>
        <translation>No es un número de teléfono válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty contact data.</source>
        <translation>Dato de contacto vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaign has this name.</source>
        <translation>Ninguna campaña tiene este nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer has this document.</source>
        <translation>Ningún cliente tiene este documento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several customers have this document number: add the document type column.</source>
        <translation>Varios clientes tienen este número de documento: añade la columna del tipo de documento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a known status (new, in_progress, pending, resolved, closed).</source>
        <translation>No es un estado conocido (new, in_progress, pending, resolved, closed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a known priority (critical, high, medium, low, or 1 to 4).</source>
        <translation>No es una prioridad conocida (critical, high, medium, low, o de 1 a 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a known ticket type (question, complaint, suggestion, claim, request).</source>
        <translation>No es un tipo de caso conocido (question, complaint, suggestion, claim, request).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is in the future.</source>
        <translation>La fecha está en el futuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused (%1).</source>
        <translation>Rechazada (%1).</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_templates.py" line="-20"/>
        <source>Give the category a name.</source>
        <translation>Ponle un nombre a la categoría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category name is too long: at most %1 characters.</source>
        <translation>El nombre de la categoría es muy largo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a category called “%2”.</source>
        <translation>Ya hay una categoría llamada «%2».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The category “%2” still has %1 template(s). Move them to another category first, or delete it with its templates moved to “No category”.</source>
        <translation>La categoría «%2» todavía tiene %1 plantilla(s). Muévelas primero a otra categoría, o elimínala pasando sus plantillas a «Sin categoría».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That category no longer exists: someone may have deleted it. The list has been refreshed.</source>
        <translation>Esa categoría ya no existe: alguien pudo haberla eliminado. La lista se actualizó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed the category “%2” after you loaded it. The list has been refreshed: try again.</source>
        <translation>Otra persona cambió la categoría «%2» después de que la cargaste. La lista se actualizó: inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the template a name.</source>
        <translation>Ponle un nombre a la plantilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The template name is too long: at most %1 characters.</source>
        <translation>El nombre de la plantilla es muy largo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This category already has a template called “%2”. Choose another name.</source>
        <translation>Esta categoría ya tiene una plantilla llamada «%2». Elige otro nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose English or Spanish for the template.</source>
        <translation>Elige inglés o español para la plantilla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject is too long: at most %1 characters.</source>
        <translation>El asunto es muy largo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject must fit on one line.</source>
        <translation>El asunto debe caber en una sola línea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the template&apos;s text.</source>
        <translation>Escribe el texto de la plantilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a mistake on line %1 (%2). Check that every {{ has its }} and every {% if %} its {% endif %}.</source>
        <translation>Hay un error en la línea %1 (%2). Revisa que cada {{ tenga su }} y cada {% if %} su {% endif %}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%2” is not a field a template can use. Pick one from Insert placeholder.</source>
        <translation>«%2» no es un campo que una plantilla pueda usar. Elige uno en Insertar un campo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>That campaign no longer exists. Choose another campaign or every campaign.</source>
        <translation>Esa campaña ya no existe. Elige otra campaña o todas las campañas.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Someone else saved the template “%2” after you opened it. Your text is still in the form: save again to replace theirs, or choose the template in the list to see theirs.</source>
        <translation>Otra persona guardó la plantilla «%2» después de que la abriste. Tu texto sigue en el formulario: guarda de nuevo para reemplazar el suyo, o elige la plantilla en la lista para ver el suyo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the survey a name.</source>
        <translation>Ponle un nombre a la encuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The survey name is too long: at most %1 characters.</source>
        <translation>El nombre de la encuesta es muy largo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the survey&apos;s link.</source>
        <translation>Escribe el enlace de la encuesta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link is too long: at most %1 characters.</source>
        <translation>El enlace es muy largo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link must carry the ticket&apos;s token: add {{ token }} where the survey expects it.</source>
        <translation>El enlace debe llevar el token del caso: agrega {{ token }} donde la encuesta lo espera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link must be a web address starting with https:// (it would come out as %2).</source>
        <translation>El enlace debe ser una dirección web que empiece por https:// (quedaría así: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link has a mistake (%2). Check that every {{ has its }}.</source>
        <translation>El enlace tiene un error (%2). Revisa que cada {{ tenga su }}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%2” cannot go in a survey link: use {{ token }} and, if you like, {{ ticket.number }}.</source>
        <translation>«%2» no puede ir en un enlace de encuesta: usa {{ token }} y, si quieres, {{ ticket.number }}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The campaign “%2” already has a survey. Edit that one, or delete it first.</source>
        <translation>La campaña «%2» ya tiene una encuesta. Edita esa, o elimínala primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a survey for every campaign (“%2”). Edit that one, or choose a campaign.</source>
        <translation>Ya hay una encuesta para todas las campañas («%2»). Edita esa, o elige una campaña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That survey no longer exists: someone may have deleted it. The list has been refreshed.</source>
        <translation>Esa encuesta ya no existe: alguien pudo haberla eliminado. La lista se actualizó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else saved the survey “%2” after you opened it. Your changes are still in the form: save again to replace theirs, or choose the survey in the list to see theirs.</source>
        <translation>Otra persona guardó la encuesta «%2» después de que la abriste. Tus cambios siguen en el formulario: guarda de nuevo para reemplazar los suyos, o elige la encuesta en la lista para ver los suyos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only administrators may change another user&apos;s signature.</source>
        <translation>Solo los administradores pueden cambiar la firma de otro usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That user no longer exists.</source>
        <translation>Ese usuario ya no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature is too long: at most %1 characters of formatted text. Remove pasted content or large tables.</source>
        <translation>La firma es muy larga: máximo %1 caracteres de texto con formato. Quita contenido pegado o tablas grandes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else changed %2&apos;s details after you opened this window. Your signature is still here: save again to keep it.</source>
        <translation>Otra persona cambió los datos de %2 después de que abriste esta ventana. Tu firma sigue aquí: guarda de nuevo para conservarla.</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/messages_users.py" line="-21"/>
        <source>Some fields need correcting: each one says what is wrong.</source>
        <translation>Hay campos que corregir: cada uno dice qué está mal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot deactivate yourself. Ask another administrator to do it.</source>
        <translation>No puedes desactivarte a ti mismo. Pídeselo a otro administrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the last active administrator. Make another user an administrator first, so that someone can still manage users.</source>
        <translation>Es el último administrador activo. Haz antes administrador a otro usuario, para que alguien pueda seguir gestionando los usuarios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone else saved this user after you opened it. Your changes are still in the form: choose Discard changes to see theirs, then make your changes again.</source>
        <translation>Otra persona guardó este usuario después de que lo abrieras. Tus cambios siguen en el formulario: elige Descartar cambios para ver los suyos y vuelve a hacer tus cambios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user no longer exists. The list has been refreshed.</source>
        <translation>Este usuario ya no existe. La lista se ha actualizado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is too long.</source>
        <translation>Es demasiado largo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use only letters, digits, dots, hyphens and underscores, without spaces.</source>
        <translation>Usa solo letras, dígitos, puntos, guiones y guiones bajos, sin espacios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another user (perhaps a deactivated one) already has this user name.</source>
        <translation>Otro usuario (quizá uno desactivado) ya tiene este nombre de usuario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose one of the roles.</source>
        <translation>Elige uno de los roles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose English or Spanish.</source>
        <translation>Elige inglés o español.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of the campaigns no longer exists. The list has been refreshed: choose again.</source>
        <translation>Una de las campañas ya no existe. La lista se ha actualizado: elige de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot change your own role. Ask another administrator to do it.</source>
        <translation>No puedes cambiar tu propio rol. Pídeselo a otro administrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the last active administrator: make another user an administrator first.</source>
        <translation>Es el último administrador activo: haz antes administrador a otro usuario.</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/new_customer_dialog.py" line="+181"/>
        <source>This is another person: create a new customer</source>
        <translation>Es otra persona: crear un cliente nuevo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, %2 % alike: %3</source>
        <translation>%1, %2 % parecido: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” already has this document: open that customer instead, or correct the document.</source>
        <translation>«%1» ya tiene este documento: abre ese cliente o corrige el documento.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n stored customer(s) may be this person. Open the existing customer instead of making a duplicate, or create a new one anyway.</source>
        <translation>
            <numerusform>%n cliente guardado podría ser esta persona. Abre el cliente existente en lugar de crear un duplicado, o crea uno nuevo de todos modos.</numerusform>
            <numerusform>%n clientes guardados podrían ser esta persona. Abre el cliente existente en lugar de crear un duplicado, o crea uno nuevo de todos modos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open “%1” instead</source>
        <translation>A&amp;brir «%1» en su lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the selected customer instead</source>
        <translation>A&amp;brir el cliente seleccionado en su lugar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Document type</source>
        <translation>&amp;Tipo de documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document &amp;number</source>
        <translation>&amp;Número de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First name</source>
        <translation>&amp;Primer nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Middle name</source>
        <translation>Segundo n&amp;ombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>Primer &amp;apellido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;econd last name</source>
        <translation>Segundo apell&amp;ido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of &amp;birth</source>
        <translation>Fecha de na&amp;cimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Phone</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-&amp;mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>No date of birth</source>
        <translation>Sin fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Customers that may be the same person</source>
        <translation>Clientes que podrían ser la misma persona</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What matched</source>
        <translation>Qué coincidió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;anyway</source>
        <translation>Crear de todos &amp;modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new customer anyway</source>
        <translation>Crear un cliente nuevo de todos modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create customer</source>
        <translation>C&amp;rear cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create customer</source>
        <translation>Crear cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/notes_tab.py" line="+102"/>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location line="-79"/>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Rosado</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Agregar la nota (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the note first</source>
        <translation>Escribe primero la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole note (Enter)</source>
        <translation>Mostrar la nota completa (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Select a note first</source>
        <translation>Selecciona primero una nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the note&apos;s author or an administrator may delete it.</source>
        <translation>Solo el autor de la nota o un administrador pueden eliminarla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected note (Delete)</source>
        <translation>Eliminar la nota seleccionada (Supr)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+32"/>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Delete this private note? This cannot be undone from here.</source>
        <translation>¿Eliminar esta nota privada? Esto no se puede deshacer desde aquí.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Note colour</source>
        <translation>Color de la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a private note…</source>
        <translation>Escribe una nota privada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View note</source>
        <translation>Ver nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes are private: they stay in this ticket view and never reach reports, dashboards, transcripts or the external view.</source>
        <translation>Las notas son privadas: se quedan en esta vista del caso y nunca llegan a los reportes, tableros, transcripciones ni a la vista externa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No private notes yet.</source>
        <translation>Aún no hay notas privadas.</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <location filename="../../sagicc_desktop/views/notifications.py" line="+134"/>
        <source>No new notifications</source>
        <translation>No hay notificaciones nuevas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 unread notifications</source>
        <translation>%1 notificaciones sin leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all as read</source>
        <translation>Marcar todas como leídas</translation>
    </message>
</context>
<context>
    <name>OtherContactsDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/composer/other_contacts.py" line="+26"/>
        <source>Other contact data</source>
        <translation>Otros datos de contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search other contact data</source>
        <translation>Buscar otros datos de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, e-mail or number (at least 3 characters)</source>
        <translation>Nombre, correo o número (al menos 3 caracteres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact data found</source>
        <translation>Datos de contacto encontrados</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this customer</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On the block list</source>
        <translation>En la lista de bloqueo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type at least 3 characters.</source>
        <translation>Escribe al menos 3 caracteres.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
</context>
<context>
    <name>PendingListModel</name>
    <message>
        <location filename="../../sagicc_desktop/models/pending_list.py" line="+32"/>
        <source>next action %1</source>
        <translation>próxima gestión %1</translation>
    </message>
</context>
<context>
    <name>PluginTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/plugin_tab.py" line="+47"/>
        <source>This additional tab could not be shown: its plugin failed. The rest of the ticket works as usual.</source>
        <translation>Esta pestaña adicional no se pudo mostrar: su complemento falló. El resto del caso funciona con normalidad.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Additional tab</source>
        <translation>Pestaña adicional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem with this tab</source>
        <translation>Problema con esta pestaña</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/preferences_dialog.py" line="+78"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice notes</source>
        <translation>Notas de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telephony</source>
        <translation>Telefonía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the preferences</source>
        <translation>Guardar las preferencias</translation>
    </message>
</context>
<context>
    <name>PresenceBoard</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/presence_board.py" line="+35"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
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
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2, since %3</source>
        <translation>%1: %2, desde %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(ticket %1)</source>
        <translation>(caso %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshes every 15 seconds (last at %1); F5 refreshes now.</source>
        <translation>Se actualiza cada 15 segundos (última vez a las %1); F5 actualiza ahora.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh now (F5)</source>
        <translation>Actualizar ahora (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh presence</source>
        <translation>Actualizar la presencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Desde hace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users and their presence</source>
        <translation>Usuarios y su presencia</translation>
    </message>
</context>
<context>
    <name>ProfileHeader</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/profile_page.py" line="-121"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh customer</source>
        <translation>Actualizar cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document</source>
        <translation>Sin documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last interaction %1</source>
        <translation>Última interacción %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No interactions yet</source>
        <translation>Aún no hay interacciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1 by %2</source>
        <translation>Creado %1 por %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated %1 by %2</source>
        <translation>Actualizado %1 por %2</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/reassign_dialog.py" line="+73"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>anyone may take the ticket</source>
        <translation>cualquiera puede tomar el caso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(current)</source>
        <translation>(actual)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The ticket is already assigned to this user.</source>
        <translation>El caso ya está asignado a este usuario.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Choose a user, or Unassigned.</source>
        <translation>Elige un usuario o Sin asignar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reassign ticket</source>
        <translation>Reasignar caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who takes this ticket over. The ticket stays in the campaign %1; you go back to the Tickets module.</source>
        <translation>Elige quién se hace cargo de este caso. El caso sigue en la campaña %1; tú vuelves al módulo Casos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter users by name</source>
        <translation>Filtrar usuarios por nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show users of other campaigns</source>
        <translation>Mostrar usuarios de otras campañas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presence</source>
        <translation>Estado de presencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column headers</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RelatedCustomersPanel</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/related_panel.py" line="+160"/>
        <source>This ticket has no customer yet.</source>
        <translation>Este caso aún no tiene cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a related customer first.</source>
        <translation>Selecciona primero un cliente relacionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relate another customer to this one (Insert)</source>
        <translation>Relacionar otro cliente con este (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the tags (F2)</source>
        <translation>Editar las etiquetas (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relation (Del)</source>
        <translation>Quitar la relación (Supr)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Remove relation</source>
        <translation>Quitar relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the relation with “%1”? Both customers stay; only the relation goes.</source>
        <translation>¿Quitar la relación con “%1”? Ambos clientes se conservan; solo se quita la relación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related customers</source>
        <translation>Clientes relacionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No related customers.</source>
        <translation>No hay clientes relacionados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit tags…</source>
        <translation>Editar etiquetas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>RelatedDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/related_dialog.py" line="+102"/>
        <source>Relate the ticket with this number</source>
        <translation>Relacionar el caso con este número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a related ticket first.</source>
        <translation>Selecciona primero un caso relacionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected ticket; you leave this one.</source>
        <translation>Abrir el caso seleccionado; sales de este.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+3"/>
        <source>Related tickets</source>
        <translation>Casos relacionados</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column headers</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Ticket number to relate</source>
        <translation>Número del caso que se relacionará</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add related ticket</source>
        <translation>Agregar caso relacionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove related ticket</source>
        <translation>Quitar caso relacionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open related ticket</source>
        <translation>Abrir caso relacionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close related tickets</source>
        <translation>Cerrar la lista de casos relacionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>RelatedTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/detail_tabs.py" line="+42"/>
        <source>Double-click or press Enter to open this customer</source>
        <translation>Haz doble clic o presiona Enter para abrir este cliente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related customers</source>
        <translation>Clientes relacionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has no related customers.</source>
        <translation>Este cliente no tiene clientes relacionados.</translation>
    </message>
</context>
<context>
    <name>RelationDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/customer/related_panel.py" line="-188"/>
        <source>Pick the related customer in the list first.</source>
        <translation>Elige primero el cliente relacionado en la lista.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add related customer</source>
        <translation>Agregar cliente relacionado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit relation</source>
        <translation>Editar relación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spouse, account holder</source>
        <translation>cónyuge, titular de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags in use</source>
        <translation>Etiquetas en uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related customer</source>
        <translation>Cliente relacionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it was not saved</source>
        <translation>Por qué no se guardó</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/reset_password_dialog.py" line="+101"/>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a new password for %1 (%2). Tell it to them in person or by phone; it works from their next sign-in.</source>
        <translation>Escribe una nueva contraseña para %1 (%2). Dísela en persona o por teléfono; sirve desde su próximo inicio de sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new password</source>
        <translation>Repite la nueva contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/rich_text_editor.py" line="+195"/>
        <location line="+4"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Web address or e-mail (https://…, mailto:…):</source>
        <translation>Dirección web o correo (https://…, mailto:…):</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Bold (Ctrl+B)</source>
        <translation>Negrita (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursiva (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Underline (Ctrl+U)</source>
        <translation>Subrayado (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Lista con viñetas (Ctrl+Mayús+8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Lista numerada (Ctrl+Mayús+7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link… (Ctrl+K)</source>
        <translation>Enlace… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear formatting (Ctrl+Space)</source>
        <translation>Quitar formato (Ctrl+Espacio)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Normal text</source>
        <translation>Texto normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 1</source>
        <translation>Título 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading 2</source>
        <translation>Título 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading 3</source>
        <translation>Título 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Paragraph style</source>
        <translation>Estilo de párrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>ScriptTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="+147"/>
        <source>Campaign script</source>
        <translation>Guion de la campaña</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/sign_in.py" line="+135"/>
        <source>Sign in · Sagicc Desktop</source>
        <translation>Iniciar sesión · Sagicc Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to Sagicc Desktop</source>
        <translation>Bienvenido a Sagicc Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the administrator account. You will use it to add agents and campaigns.</source>
        <translation>Crea la cuenta del administrador. La usarás para agregar agentes y campañas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Enter your user name and password.</source>
        <translation>Escribe tu usuario y contraseña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demo users (user name, password, role):</source>
        <translation>Usuarios de demostración (usuario, contraseña, rol):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two passwords are different.</source>
        <translation>Las dos contraseñas son diferentes.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/signature_dialog.py" line="+105"/>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for writing to us. Your case is in good hands and we will keep you posted.</source>
        <translation>Gracias por escribirnos. Tu caso está en buenas manos y te mantendremos al tanto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no signature: e-mails end with the message)</source>
        <translation>(sin firma: los correos terminan con el mensaje)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Save the changes to the signature?</source>
        <translation>¿Guardas los cambios de la firma?</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>My e-mail signature</source>
        <translation>Mi firma de correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail signature of %1</source>
        <translation>Firma de correo de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added under every e-mail you send (you can leave it out of one message in the composer). Links and web images are kept; anything else that could run or load is removed.</source>
        <translation>Se agrega bajo cada correo que envías (puedes quitarla de un mensaje en el editor de mensajes). Se conservan los enlaces y las imágenes web; se quita todo lo demás que pudiera ejecutarse o cargarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added under every e-mail this user sends. Links and web images are kept; anything else that could run or load is removed.</source>
        <translation>Se agrega bajo cada correo que envía este usuario. Se conservan los enlaces y las imágenes web; se quita todo lo demás que pudiera ejecutarse o cargarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it looks under a message</source>
        <translation>Cómo se ve bajo un mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature preview</source>
        <translation>Vista previa de la firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signature (Ctrl+S)</source>
        <translation>Guarda la firma (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the signature</source>
        <translation>Guarda la firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SlaEditor</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/sla_editor.py" line="+33"/>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>Saved: new tickets and priority changes use these rules.</source>
        <translation>Guardado: los casos nuevos y los cambios de prioridad usan estas reglas.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+182"/>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
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
        <translation>Regla %1: prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1: category</source>
        <translation>Regla %1: categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule %1: hours to solve</source>
        <translation>Regla %1: horas para resolver</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Rule %1: %2</source>
        <translation>Regla %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Expected solution time</source>
        <translation>Tiempo esperado de solución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most specific rule applies: the ticket&apos;s priority and category, else its priority with any category. No rule: no expected date.</source>
        <translation>Se aplica la regla más específica: la prioridad y la categoría del caso; si no, su prioridad con cualquier categoría. Sin regla: sin fecha esperada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours to solve</source>
        <translation>Horas para resolver</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>SLA rules</source>
        <translation>Reglas de SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add r&amp;ule</source>
        <translation>Añadir re&amp;gla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a rule (Insert)</source>
        <translation>Añade una regla (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rul&amp;e</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen rule (Delete)</source>
        <translation>Quita la regla elegida (Supr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Business hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count only business hours (else round the clock)</source>
        <translation>&amp;Contar solo el horario de atención (si no, las 24 horas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count only business hours</source>
        <translation>Contar solo el horario de atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens</source>
        <translation>Abre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes</source>
        <translation>Cierra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 closed</source>
        <translation>%1 cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 opens at</source>
        <translation>%1 abre a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closes at</source>
        <translation>%1 cierra a las</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed all day. Delete removes the chosen holiday.</source>
        <translation>Cerrado todo el día. Supr quita el festivo elegido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday to add</source>
        <translation>Festivo para añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add h&amp;oliday</source>
        <translation>Añadir &amp;festivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove holida&amp;y</source>
        <translation>Q&amp;uitar festivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sa&amp;ve SLA</source>
        <translation>&amp;Guardar SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save SLA</source>
        <translation>Guardar SLA</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/surveys_page.py" line="+166"/>
        <source>Every campaign</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Write the link to see it as a customer would get it.</source>
        <translation>Escribe el enlace para verlo como lo recibiría un cliente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: correct the marked field.</source>
        <translation>No se guardó: corrige el campo marcado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete survey</source>
        <translation>Eliminar encuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the survey “%1”? Agents will no longer be able to insert its link; links already sent keep their token.</source>
        <translation>¿Eliminas la encuesta «%1»? Los agentes ya no podrán insertar su enlace; los enlaces ya enviados conservan su token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted.</source>
        <translation>Eliminada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New survey</source>
        <translation>Nueva encuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey “%1”</source>
        <translation>Encuesta «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every campaign without its own survey</source>
        <translation>Todas las campañas sin encuesta propia</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Surveys</source>
        <translation>Encuestas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The satisfaction survey agents link to from the composer. Each link carries a token of its own, so the answer comes back to its ticket.</source>
        <translation>La encuesta de satisfacción que los agentes enlazan desde el editor de mensajes. Cada enlace lleva su propio token, así la respuesta vuelve a su caso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators may manage surveys.</source>
        <translation>Solo los administradores pueden gestionar las encuestas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New survey</source>
        <translation>&amp;Nueva encuesta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New survey (Ctrl+N)</source>
        <translation>Nueva encuesta (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the survey (Ctrl+S)</source>
        <translation>Guarda la encuesta (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the survey (Delete)</source>
        <translation>Elimina la encuesta (Supr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ame</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link</source>
        <translation>En&amp;lace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write {{ token }} where the survey expects the ticket&apos;s token; {{ ticket.number }} adds the ticket number.</source>
        <translation>Escribe {{ token }} donde la encuesta espera el token del caso; {{ ticket.number }} agrega el número del caso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Task of %1</source>
        <translation>Gestión del %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next task</source>
        <translation>Próxima gestión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a field of the form this task was saved with</source>
        <translation>No es un campo del formulario con el que se guardó esta gestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TaskFormDesigner</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/form_designer.py" line="+32"/>
        <source>Short text</source>
        <translation>Texto corto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long text</source>
        <translation>Texto largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One choice from a list</source>
        <translation>Una opción de una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several choices from a list</source>
        <translation>Varias opciones de una lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes or no</source>
        <translation>Sí o no</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Saved: agents see the new form on their next task. Tasks saved before keep their own fields.</source>
        <translation>Guardado: los agentes ven el formulario nuevo en su próxima tarea. Las tareas guardadas antes conservan sus propios campos.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+192"/>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>This field needs correcting</source>
        <translation>Este campo necesita corrección</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+2"/>
        <source>Remove field</source>
        <translation>Quitar campo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>“%1” has answers in %n saved tasks.</source>
        <translation>
            <numerusform>“%1” tiene respuestas en %n tarea guardada.</numerusform>
            <numerusform>“%1” tiene respuestas en %n tareas guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Those tasks keep showing it in History; new tasks will not have it. Remove it from the form?</source>
        <translation>Esas tareas lo siguen mostrando en el Historial; las tareas nuevas no lo tendrán. ¿Lo quitas del formulario?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove field</source>
        <translation>&amp;Quitar campo</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Add a field with Insert, or pick one in the list.</source>
        <translation>Añade un campo con Insert, o elige uno de la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New field: it gets its stored name from the label when you save.</source>
        <translation>Campo nuevo: recibe su nombre interno a partir de la etiqueta al guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored as “%1”: renaming the field keeps its answers.</source>
        <translation>Guardado como “%1”: si cambias el nombre del campo, conserva sus respuestas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answered in %n saved tasks.</source>
        <translation>
            <numerusform>Respondido en %n tarea guardada.</numerusform>
            <numerusform>Respondido en %n tareas guardadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&amp;Fields:</source>
        <translation>&amp;Campos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a field below the chosen one (Insert)</source>
        <translation>Añade un campo debajo del elegido (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>Quita&amp;r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen field (Delete)</source>
        <translation>Quita el campo elegido (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen field up (Alt+Up)</source>
        <translation>Sube el campo elegido (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the chosen field down (Alt+Down)</source>
        <translation>Baja el campo elegido (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;bel:</source>
        <translation>Eti&amp;queta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What agents see, e.g. Reason for the call</source>
        <translation>Lo que ven los agentes, p. ej. Motivo de la llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish lab&amp;el:</source>
        <translation>Etiqueta en &amp;español:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish label</source>
        <translation>Etiqueta en español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: shown in Spanish</source>
        <translation>Opcional: se muestra en español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;quired</source>
        <translation>O&amp;bligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A task cannot be saved without an answer to it</source>
        <translation>No se puede guardar una tarea sin responderlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ch&amp;oices:</source>
        <translation>O&amp;pciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert adds a choice, F2 edits it, Delete removes it</source>
        <translation>Insert añade una opción, F2 la edita, Supr la quita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;choice</source>
        <translation>Añadir &amp;opción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove choice</source>
        <translation>Quitar opción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the chosen choice (Delete in the list)</source>
        <translation>Quita la opción elegida (Supr en la lista)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What agents will see in the Tasks tab. Try it: nothing typed here is saved.</source>
        <translation>Lo que verán los agentes en la pestaña Tareas. Pruébalo: nada de lo que escribas aquí se guarda.</translation>
    </message>
</context>
<context>
    <name>TaskFormWidget</name>
    <message>
        <location filename="../../sagicc_desktop/views/task_form.py" line="+338"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(choose)</source>
        <translation>(elegir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next task date</source>
        <translation>Fecha de la próxima gestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next task time</source>
        <translation>Hora de la próxima gestión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was done, what was agreed with the customer</source>
        <translation>Qué se hizo y qué se acordó con el cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This campaign&apos;s task form has no fields of its own.</source>
        <translation>El formulario de gestión de esta campaña no tiene campos propios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* Required</source>
        <translation>* Obligatorio</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/tasks_tab.py" line="+86"/>
        <source>Draft restored.</source>
        <translation>Borrador recuperado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the task (Ctrl+S)</source>
        <translation>Guardar la gestión (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the form and forget its draft</source>
        <translation>Vaciar el formulario y descartar su borrador</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Clear the task</source>
        <translation>Limpiar la gestión</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Empty the task form and discard its draft?</source>
        <translation>¿Vaciar el formulario de gestión y descartar su borrador?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+107"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Task saved.</source>
        <translation>Gestión guardada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next task scheduled for %1.</source>
        <translation>Próxima gestión programada para el %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign&apos;s task form has changed: the form now shows the new version.</source>
        <translation>El formulario de gestión de la campaña cambió: ahora se muestra la nueva versión.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a ticket you may not see</source>
        <translation>un caso que no puedes ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 minutes: %3</source>
        <translation>%1, %2 minutos: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Agenda clash</source>
        <translation>Cruce en la agenda</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The next task overlaps with:</source>
        <translation>La próxima gestión se cruza con:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>Save task</source>
        <translation>Guardar gestión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the task form</source>
        <translation>Limpiar el formulario de gestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task message</source>
        <translation>Mensaje de la gestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
</context>
<context>
    <name>TelephonyPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/preferences_dialog.py" line="-42"/>
        <source>Call links</source>
        <translation>Enlaces de llamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIP domain</source>
        <translation>Dominio SIP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the Call button hands a number to this computer&apos;s softphone</source>
        <translation>Cómo el botón Llamar pasa un número al softphone de este equipo</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/templates_page.py" line="+53"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent who sends it</source>
        <translation>Agente que lo envía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name</source>
        <translation>Primer nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second last name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number</source>
        <translation>Número del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey link</source>
        <translation>Enlace de la encuesta</translation>
    </message>
    <message>
        <location line="+252"/>
        <location line="+374"/>
        <source>Every campaign</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <location line="-373"/>
        <location line="+374"/>
        <source>Every channel</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location line="-313"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this template first?</source>
        <translation>¿Guardas primero los cambios de esta plantilla?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard forgets what you typed.</source>
        <translation>Descartar olvida lo que escribiste.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>The preview waits until the template&apos;s mistake is corrected.</source>
        <translation>La vista previa espera a que corrijas el error de la plantilla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ticket&apos;s campaign has no survey: the composer will refuse the survey link. Add one under Surveys.</source>
        <translation>La campaña de este caso no tiene encuesta: el editor de mensajes rechazará el enlace de la encuesta. Agrega una en Encuestas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the composer fills it for you on this ticket. A survey link here is an example; each message gets its own.</source>
        <translation>Así la llena el editor de mensajes para ti en este caso. El enlace de encuesta aquí es un ejemplo; cada mensaje lleva el suyo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved: correct the marked field.</source>
        <translation>No se guardó: corrige el campo marcado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the template “%1”? Agents will no longer find it in the composer.</source>
        <translation>¿Eliminas la plantilla «%1»? Los agentes ya no la encontrarán en el editor de mensajes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Deleted.</source>
        <translation>Eliminada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+103"/>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Category name:</source>
        <translation>Nombre de la categoría:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Category “%1” created.</source>
        <translation>Categoría «%1» creada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rename category</source>
        <translation>Cambiar el nombre de la categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Category renamed.</source>
        <translation>Nombre de la categoría cambiado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the category “%1”? Its %2 template(s) will stay, under “No category”.</source>
        <translation>¿Eliminas la categoría «%1»? Sus %2 plantilla(s) se quedan, en «Sin categoría».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the empty category “%1”?</source>
        <translation>¿Eliminas la categoría vacía «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete category</source>
        <translation>Eliminar categoría</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Category deleted.</source>
        <translation>Categoría eliminada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template “%1”</source>
        <translation>Plantilla «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, category, %n template(s)</source>
        <translation>
            <numerusform>%1, categoría, %n plantilla</numerusform>
            <numerusform>%1, categoría, %n plantillas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents pick these in the composer, filled with the ticket&apos;s data. Write a placeholder such as {{ customer.first_name }} where the customer&apos;s data goes.</source>
        <translation>Los agentes las eligen en el editor de mensajes, llenas con los datos del caso. Escribe un campo como {{ customer.first_name }} donde van los datos del cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only administrators may manage message templates.</source>
        <translation>Solo los administradores pueden gestionar las plantillas de mensajes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories and templates</source>
        <translation>Categorías y plantillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New t&amp;emplate</source>
        <translation>Nueva plan&amp;tilla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New template (Ctrl+N)</source>
        <translation>Nueva plantilla (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;category…</source>
        <translation>Nueva &amp;categoría…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>Cambiar el nom&amp;bre…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the selected category (F2)</source>
        <translation>Cambia el nombre de la categoría elegida (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete categor&amp;y…</source>
        <translation>Eliminar categorí&amp;a…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected category (Delete)</source>
        <translation>Elimina la categoría elegida (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the template (Ctrl+S)</source>
        <translation>Guarda la plantilla (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the template (Delete)</source>
        <translation>Elimina la plantilla (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert &amp;placeholder</source>
        <translation>&amp;Insertar un campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert a field of the customer, ticket or agent where the cursor is</source>
        <translation>Inserta un dato del cliente, del caso o del agente donde está el cursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;west</source>
        <translation>Más &amp;reciente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preview with the newest ticket</source>
        <translation>Vista previa con el caso más reciente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cate&amp;gory</source>
        <translation>Categ&amp;oría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ampaign</source>
        <translation>Cam&amp;paña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;hannel</source>
        <translation>Cana&amp;l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Su&amp;bject</source>
        <translation>As&amp;unto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail only: used when the agent has not written a subject</source>
        <translation>Solo correo: se usa cuando el agente no ha escrito un asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes where the cursor is.</source>
        <translation>Va donde está el cursor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;icket #</source>
        <translation>Ca&amp;so n.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket number for the preview</source>
        <translation>Número del caso para la vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview subject</source>
        <translation>Asunto de la vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview text</source>
        <translation>Texto de la vista previa</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/confirm.py" line="+22"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/options.py" line="+27"/>
        <source>Only administrators can do this.</source>
        <translation>Solo los administradores pueden hacer esto.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reassign…</source>
        <translation>Reasignar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the ticket to another user, or leave it unassigned</source>
        <translation>Pasar el caso a otro usuario o dejarlo sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge with another ticket…</source>
        <translation>Fusionar con otro caso…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge this ticket into another one</source>
        <translation>Fusionar este caso con otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related tickets…</source>
        <translation>Casos relacionados…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List, add, remove and open related tickets</source>
        <translation>Ver, agregar, quitar y abrir casos relacionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send transcript…</source>
        <translation>Enviar transcripción…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail the whole conversation (never the notes) to the customer</source>
        <translation>Enviar por correo toda la conversación (nunca las notas) al cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External view…</source>
        <translation>Vista externa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The public, read-only view of the ticket: open it in the browser or save it as HTML or PDF to share</source>
        <translation>La vista pública de solo lectura del caso: ábrela en el navegador o guárdala como HTML o PDF para compartirla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close ticket…</source>
        <translation>Cerrar caso…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the ticket for good</source>
        <translation>Cerrar el caso definitivamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate ticket</source>
        <translation>Duplicar caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A new ticket with the same data</source>
        <translation>Un caso nuevo con los mismos datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete ticket…</source>
        <translation>Eliminar caso…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the ticket</source>
        <translation>Eliminar el caso</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+2"/>
        <source>Close ticket</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close ticket %1? A closed ticket cannot be reopened or changed.</source>
        <translation>¿Cerrar el caso %1? Un caso cerrado no se puede reabrir ni modificar.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <source>Delete ticket</source>
        <translation>Eliminar caso</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete ticket %1? It disappears from every list.</source>
        <translation>¿Eliminar el caso %1? Desaparecerá de todas las listas.</translation>
    </message>
</context>
<context>
    <name>TicketHeaderBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/header.py" line="+85"/>
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh ticket</source>
        <translation>Actualizar caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Ticket options</source>
        <translation>Opciones del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit the ticket (Ctrl+W)</source>
        <translation>Salir del caso (Ctrl+W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit ticket</source>
        <translation>Salir del caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket number %1</source>
        <translation>Caso número %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1</source>
        <translation>Creado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the customer profile</source>
        <translation>Abrir el perfil del cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/panel.py" line="+26"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Gestiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/ticket_tab.py" line="+151"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No SLA for this priority</source>
        <translation>Sin ANS para esta prioridad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the ticket (Ctrl+S)</source>
        <translation>Guardar el caso (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected solution</source>
        <translation>Solución prevista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comma-separated tags</source>
        <translation>Etiquetas separadas por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses, comma-separated</source>
        <translation>Correos separados por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save ticket</source>
        <translation>Guardar caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../sagicc_desktop/models/ticket_table.py" line="+33"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/view.py" line="+138"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/tickets_page.py" line="+109"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (new, in progress, pending)</source>
        <translation>Abiertos (nuevo, en curso, pendiente)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Counting tickets…</source>
        <translation>Contando casos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 ticket</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tickets</source>
        <translation>%1 casos</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+15"/>
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Search by number, subject or customer (Ctrl+F)</source>
        <translation>Buscar por número, asunto o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search tickets</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign filter</source>
        <translation>Filtro de campaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority filter</source>
        <translation>Filtro de prioridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned user filter</source>
        <translation>Filtro de usuario asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: any date</source>
        <translation>Desde: cualquier fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created from</source>
        <translation>Creado desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: any date</source>
        <translation>Hasta: cualquier fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created until</source>
        <translation>Creado hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Limpiar filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Go to ticket</source>
        <translation>Ir al caso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns: click one to sort by it</source>
        <translation>Columnas: haz clic en una para ordenar</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/conversation/delegate.py" line="+109"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Ticket #%1</source>
        <translation>Caso #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/top_bar.py" line="+134"/>
        <source>%1 pending tickets</source>
        <translation>%1 casos pendientes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your status stays Busy while a ticket is open.</source>
        <translation>Tu estado sigue En gestión mientras tengas un caso abierto.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your status</source>
        <translation>Tu estado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Go to ticket # (Ctrl+G)</source>
        <translation>Ir al caso n.º (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to ticket number</source>
        <translation>Ir al número de caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your pending tickets: scheduled next actions first</source>
        <translation>Tus casos pendientes: primero las gestiones programadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending tickets</source>
        <translation>Casos pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Estado de presencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User menu</source>
        <translation>Menú de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail signature…</source>
        <translation>Firma de correo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>TranscriptDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/transcript_dialog.py" line="+85"/>
        <source>The ticket&apos;s campaign has no e-mail channel to send from.</source>
        <translation>La campaña del caso no tiene un canal de correo desde el cual enviar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has no e-mail address. Add one in the Contact tab first.</source>
        <translation>El cliente no tiene dirección de correo. Agrega una primero en la pestaña Contacto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every e-mail address of the customer is on the block list.</source>
        <translation>Todas las direcciones de correo del cliente están en la lista de bloqueo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conversation has no messages to send yet.</source>
        <translation>La conversación aún no tiene mensajes para enviar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <location line="+19"/>
        <source>Send transcript</source>
        <translation>Enviar transcripción</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The transcript to %1 is in the outbox; it is sent as soon as the mail server can be reached. Its delivery shows in the conversation.</source>
        <translation>La transcripción para %1 está en la bandeja de salida; se enviará en cuanto haya conexión con el servidor de correo. Su entrega se ve en la conversación.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send the whole conversation of ticket #%1 to the customer by e-mail. Notes and internal messages are never included.</source>
        <translation>Enviar al cliente por correo toda la conversación del caso #%1. Las notas y los mensajes internos nunca se incluyen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s e-mail address</source>
        <translation>Dirección de correo del cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) will be included.</source>
        <translation>
            <numerusform>Se incluirá %n mensaje.</numerusform>
            <numerusform>Se incluirán %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent from: %1</source>
        <translation>Se envía desde: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>TreeTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-60"/>
        <source>Nothing here yet.</source>
        <translation>Aún no hay nada aquí.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/admin/users_page.py" line="+39"/>
        <source>%1 was created. They can sign in now.</source>
        <translation>Se creó %1. Ya puede iniciar sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to %1 were saved.</source>
        <translation>Se guardaron los cambios de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was deactivated.</source>
        <translation>Se desactivó a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was reactivated.</source>
        <translation>Se reactivó a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 was changed.</source>
        <translation>Se cambió la contraseña de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents now see only the tickets of their own campaigns.</source>
        <translation>Ahora los agentes solo ven los casos de sus propias campañas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents now see the tickets of every campaign.</source>
        <translation>Ahora los agentes ven los casos de todas las campañas.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>%1 (deactivated)</source>
        <translation>%1 (desactivado)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 shown · %2 active · %3 deactivated</source>
        <translation>%1 mostrados · %2 activos · %3 desactivados</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+269"/>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>Fill in the fields and save. The user signs in with the user name and the initial password you give them.</source>
        <translation>Rellena los campos y guarda. El usuario inicia sesión con el nombre de usuario y la contraseña inicial que le des.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No user chosen</source>
        <translation>Ningún usuario elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a user in the list, or create a new one.</source>
        <translation>Elige un usuario de la lista o crea uno nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active: can sign in.</source>
        <translation>Activo: puede iniciar sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated: cannot sign in. Their name stays on their tickets and in the change log.</source>
        <translation>Desactivado: no puede iniciar sesión. Su nombre sigue en sus casos y en el registro de cambios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reacti&amp;vate…</source>
        <translation>Reacti&amp;var…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deacti&amp;vate…</source>
        <translation>Desacti&amp;var…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+148"/>
        <source>Reactivate user</source>
        <translation>Reactivar usuario</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+140"/>
        <source>Deactivate user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 first?</source>
        <translation>¿Guardar primero los cambios de %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the new user first?</source>
        <translation>¿Guardar primero el nuevo usuario?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard forgets what you typed.</source>
        <translation>Descartar olvida lo que escribiste.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deactivate %1?</source>
        <translation>¿Desactivar a %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They will no longer be able to sign in and will show as Offline. Nothing is deleted: their name stays on their tickets and in the change log, and you can reactivate them later.</source>
        <translation>Ya no podrá iniciar sesión y aparecerá como Desconectado. No se borra nada: su nombre sigue en sus casos y en el registro de cambios, y puedes reactivarlo más adelante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reactivate %1?</source>
        <translation>¿Reactivar a %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They will be able to sign in again with their last password.</source>
        <translation>Podrá volver a iniciar sesión con su última contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+6"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Filter by name, user name or e-mail (Ctrl+F)</source>
        <translation>Filtra por nombre, nombre de usuario o correo (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter users</source>
        <translation>Filtrar usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;deactivated users</source>
        <translation>Mostrar usuarios &amp;desactivados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deactivated users</source>
        <translation>Mostrar usuarios desactivados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;New user</source>
        <translation>&amp;Nuevo usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New user (Ctrl+N)</source>
        <translation>Nuevo usuario (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&amp;isplay name:</source>
        <translation>Nombre vi&amp;sible:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Corr&amp;eo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;mpaigns:</source>
        <translation>Ca&amp;mpañas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial &amp;password:</source>
        <translation>Contraseña inicia&amp;l:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repea&amp;t password:</source>
        <translation>Repi&amp;te la contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaigns the user belongs to</source>
        <translation>Campañas a las que pertenece el usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial password</source>
        <translation>Contraseña inicial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat the initial password</source>
        <translation>Repite la contraseña inicial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. maria.lopez</source>
        <translation>p. ej. maria.lopez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name others see, e.g. María López</source>
        <translation>El nombre que ven los demás, p. ej. María López</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save user</source>
        <translation>Guardar usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;card changes</source>
        <translation>Des&amp;cartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset pass&amp;word…</source>
        <translation>Restablecer contraseñ&amp;a…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail si&amp;gnature…</source>
        <translation>&amp;Firma de correo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail signature</source>
        <translation>Firma de correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide tickets from agents in other campaigns</source>
        <translation>&amp;Ocultar a los agentes los casos de otras campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide tickets from agents in other campaigns</source>
        <translation>Ocultar a los agentes los casos de otras campañas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When on, agents see and work only the tickets of the campaigns they belong to. Administrators, supervisors and viewers always see every ticket. Saved as soon as you change it.</source>
        <translation>Si está activado, los agentes solo ven y trabajan los casos de las campañas a las que pertenecen. Los administradores, supervisores y observadores siempre ven todos los casos. Se guarda en cuanto lo cambias.</translation>
    </message>
</context>
<context>
    <name>VoiceNoteRecorder</name>
    <message>
        <location filename="../../sagicc_desktop/views/voice_note.py" line="+283"/>
        <source>Discard voice note</source>
        <translation>Descartar nota de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this voice note of %1? It cannot be recovered.</source>
        <translation>¿Descartar esta nota de voz de %1? No se podrá recuperar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+91"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+1"/>
        <source>Keep listening</source>
        <translation>Seguir escuchando</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Record again</source>
        <translation>Volver a grabar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a new voice note</source>
        <translation>Grabar una nota de voz nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a voice note</source>
        <translation>Grabar una nota de voz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded %1 of at most %2</source>
        <translation>Grabado %1 de un máximo de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Position %1 of %2</source>
        <translation>Posición %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the voice note</source>
        <translation>Pausar la nota de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen to the voice note</source>
        <translation>Escuchar la nota de voz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice note</source>
        <translation>Nota de voz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording</source>
        <translation>Detener la grabación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position in the voice note</source>
        <translation>Posición en la nota de voz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the voice note</source>
        <translation>Conservar la nota de voz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the voice note</source>
        <translation>Descartar la nota de voz</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../../sagicc_desktop/views/task_form.py" line="-264"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
