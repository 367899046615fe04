<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>AccountTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="+183" />
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Additional data</source>
        <translation>Datos adicionales</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This customer has no accounts.</source>
        <translation>Este cliente no tiene cuentas.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The ticket's account</source>
        <translation>La cuenta del caso</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/customers_page.py" line="+91" />
        <location line="+2" />
        <source>My agenda</source>
        <translation>Mi agenda</translation>
    </message>
    <message>
        <location line="-1" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next action</source>
        <translation>Próxima gestión</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="+105" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Next action</source>
        <translation>Próxima gestión</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No scheduled next actions.</source>
        <translation>No hay gestiones programadas.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../sagicc_desktop/app.py" line="+84" />
        <source>Sagicc Desktop cannot start</source>
        <translation>Sagicc Desktop no puede iniciar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sagicc Desktop is already running with this data folder:
%1
Switch to the open window, or close it first.</source>
        <translation>Sagicc Desktop ya se está ejecutando con esta carpeta de datos:
%1
Cambia a la ventana abierta o ciérrala primero.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file is damaged and cannot be opened. It has not been changed. Restore a backup, or move the file away to start empty:
%1</source>
        <translation>El archivo de la base de datos está dañado y no se puede abrir. No se ha modificado. Restaura una copia de seguridad o mueve el archivo para empezar de cero:
%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database file cannot be written (it or its folder is read-only). Nothing has been changed. Check the permissions of:
%1</source>
        <translation>No se puede escribir en el archivo de la base de datos (el archivo o su carpeta son de solo lectura). No se ha modificado nada. Revisa los permisos de:
%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This database was written by a newer version of Sagicc Desktop. Install the newer version; the file has not been touched:
%1</source>
        <translation>Esta base de datos fue escrita por una versión más reciente de Sagicc Desktop. Instala la versión más reciente; el archivo no se ha tocado:
%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No keychain is available on this workstation (%1): passwords for team mode and channels cannot be saved, everything else works.</source>
        <translation>No hay un llavero disponible en este equipo (%1): no se pueden guardar las contraseñas del modo equipo ni de los canales; todo lo demás funciona.</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-24" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Added by</source>
        <translation>Agregado por</translation>
    </message>
    <message>
        <location line="+0" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No attachments.</source>
        <translation>No hay adjuntos.</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/change_log.py" line="+22" />
        <location line="+2" />
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-131" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+3" />
        <source>Contact data</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Block list</source>
        <translation>Lista de bloqueo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This customer has no contact data.</source>
        <translation>Este cliente no tiene datos de contacto.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Social profile</source>
        <translation>Red social</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked: receives nothing</source>
        <translation>Bloqueado: no recibe nada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>ConversationTab</name>
    <message>
        <location line="+37" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No interactions yet.</source>
        <translation>Aún no hay interacciones.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The newest %1 of %2 interactions</source>
        <translation>Las %1 interacciones más recientes de %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Date (newest %1 of %2)</source>
        <translation>Fecha (últimas %1 de %2)</translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message>
        <location line="-95" />
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>First name</source>
        <translation>Primer nombre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last name</source>
        <translation>Primer apellido</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Second last name</source>
        <translation>Segundo apellido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/customers_page.py" line="-44" />
        <location line="+4" />
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Search by name, document number, e-mail or phone</source>
        <translation>Buscar por nombre, número de documento, correo o teléfono</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="+119" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0" />
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No tasks saved for this ticket.</source>
        <translation>No hay gestiones guardadas en este caso.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sagicc_desktop/models/labels.py" line="+12" />
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location line="+1" />
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claim</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Busy</source>
        <translation>En gestión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Viewer</source>
        <translation>Visualizador</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIT</source>
        <translation>NIT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other ID</source>
        <translation>Otro documento</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../sagicc_desktop/i18n.py" line="+43" />
        <source>English</source>
        <extracomment>Name of a language, shown in the language picker.</extracomment>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spanish</source>
        <translation>Español</translation>
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
        <translation>Casos</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Side menu</source>
        <translation>Menú lateral</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../sagicc_desktop/views/messages.py" line="+13" />
        <location line="+19" />
        <source>The user name or password is not right.</source>
        <translation>El usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <location line="-18" />
        <source>Your role does not allow this action.</source>
        <translation>Tu rol no permite esta acción.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That ticket does not exist or you may not see it.</source>
        <translation>Ese caso no existe o no tienes permiso para verlo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Someone else saved this ticket after you opened it. Your changes are still in the form: refresh to see theirs, then save again.</source>
        <translation>Otra persona guardó este caso después de que lo abriste. Tus cambios siguen en el formulario: actualiza para ver los suyos y vuelve a guardar.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This ticket is closed and cannot be changed.</source>
        <translation>Este caso está cerrado y no se puede modificar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your status stays Busy while a ticket is open. Exit the ticket first.</source>
        <translation>Tu estado sigue En gestión mientras tengas un caso abierto. Sal del caso primero.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Some of the data is not valid.</source>
        <translation>Algunos datos no son válidos.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The text is too long: at most %1 characters.</source>
        <translation>El texto es demasiado largo: máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter your user name and password.</source>
        <translation>Escribe tu usuario y contraseña.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This user has been deactivated.</source>
        <translation>Este usuario ha sido desactivado.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The password must have at least 4 characters.</source>
        <translation>La contraseña debe tener al menos 4 caracteres.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a valid e-mail address: %2</source>
        <translation>Esta no es una dirección de correo válida: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a valid phone number: %2</source>
        <translation>Este no es un número de teléfono válido: %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator already exists.</source>
        <translation>Ya existe un administrador.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Private notes</source>
        <translation>Notas privadas</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No private notes.</source>
        <translation>No hay notas privadas.</translation>
    </message>
</context>
<context>
    <name>PendingListModel</name>
    <message>
        <location filename="../../sagicc_desktop/models/pending_list.py" line="+32" />
        <source>next action %1</source>
        <translation>próxima gestión %1</translation>
    </message>
</context>
<context>
    <name>ScriptTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="+101" />
        <source>Campaign script</source>
        <translation>Guion de la campaña</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../sagicc_desktop/views/sign_in.py" line="+90" />
        <source>Sign in · Sagicc Desktop</source>
        <translation>Iniciar sesión · Sagicc Desktop</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Welcome to Sagicc Desktop</source>
        <translation>Bienvenido a Sagicc Desktop</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create the administrator account. You will use it to add agents and campaigns.</source>
        <translation>Crea la cuenta del administrador. La usarás para agregar agentes y campañas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Enter your user name and password.</source>
        <translation>Escribe tu usuario y contraseña.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Demo users (user name, password, role):</source>
        <translation>Usuarios de demostración (usuario, contraseña, rol):</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The two passwords are different.</source>
        <translation>Las dos contraseñas son diferentes.</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-34" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Task form</source>
        <translation>Formulario de gestión</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This campaign has no task form.</source>
        <translation>Esta campaña no tiene formulario de gestión.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>TicketHeaderBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/header.py" line="+81" />
        <source>Refresh (F5)</source>
        <translation>Actualizar (F5)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refresh ticket</source>
        <translation>Actualizar caso</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Ticket options</source>
        <translation>Opciones del caso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit the ticket (Ctrl+W)</source>
        <translation>Salir del caso (Ctrl+W)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit ticket</source>
        <translation>Salir del caso</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ticket number %1</source>
        <translation>Caso número %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created %1</source>
        <translation>Creado %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open the customer profile</source>
        <translation>Abrir el perfil del cliente</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/panel.py" line="+22" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ticket</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tasks</source>
        <translation>Gestiones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>TicketTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/ticket_tab.py" line="+114" />
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No SLA for this priority</source>
        <translation>Sin ANS para esta prioridad</translation>
    </message>
    <message>
        <location line="+17" />
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This ticket is closed and cannot be changed.</source>
        <translation>Este caso está cerrado y no se puede modificar.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Viewers can read tickets but not change them.</source>
        <translation>Los visualizadores pueden leer los casos pero no modificarlos.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save the ticket (Ctrl+S)</source>
        <translation>Guardar el caso (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expected solution</source>
        <translation>Solución prevista</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Comma-separated tags</source>
        <translation>Etiquetas separadas por comas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>E-mail addresses, comma-separated</source>
        <translation>Correos separados por comas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save ticket</source>
        <translation>Guardar caso</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../sagicc_desktop/models/ticket_table.py" line="+33" />
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/view.py" line="+118" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Two columns</source>
        <translation>Dos columnas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Three columns</source>
        <translation>Tres columnas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Change log</source>
        <translation>Registro de cambios</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <location filename="../../sagicc_desktop/views/tickets_page.py" line="+108" />
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open (new, in progress, pending)</source>
        <translation>Abiertos (nuevo, en curso, pendiente)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <location line="+4" />
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Counting tickets…</source>
        <translation>Contando casos…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 ticket</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 tickets</source>
        <translation>%1 casos</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+15" />
        <source>Tickets</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location line="-14" />
        <source>Search by number, subject or customer (Ctrl+F)</source>
        <translation>Buscar por número, asunto o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search tickets</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Campaign filter</source>
        <translation>Filtro de campaña</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Priority filter</source>
        <translation>Filtro de prioridad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Assigned user filter</source>
        <translation>Filtro de usuario asignado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From: any date</source>
        <translation>Desde: cualquier fecha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created from</source>
        <translation>Creado desde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>To: any date</source>
        <translation>Hasta: cualquier fecha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created until</source>
        <translation>Creado hasta</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Clear filters</source>
        <translation>Limpiar filtros</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+1" />
        <source>Go to ticket</source>
        <translation>Ir al caso</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Columns: click one to sort by it</source>
        <translation>Columnas: haz clic en una para ordenar</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../sagicc_desktop/views/top_bar.py" line="+117" />
        <source>%1 pending tickets</source>
        <translation>%1 casos pendientes</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Your status stays Busy while a ticket is open.</source>
        <translation>Tu estado sigue En gestión mientras tengas un caso abierto.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Your status</source>
        <translation>Tu estado</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Go to ticket # (Ctrl+G)</source>
        <translation>Ir al caso n.º (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go to ticket number</source>
        <translation>Ir al número de caso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your pending tickets: scheduled next actions first</source>
        <translation>Tus casos pendientes: primero las gestiones programadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pending tickets</source>
        <translation>Casos pendientes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Presence</source>
        <translation>Estado de presencia</translation>
    </message>
    <message>
        <location line="+3" />
        <source>User menu</source>
        <translation>Menú de usuario</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
</context>
<context>
    <name>TreeTab</name>
    <message>
        <location filename="../../sagicc_desktop/views/ticket/simple_tabs.py" line="-259" />
        <source>Nothing here yet.</source>
        <translation>Aún no hay nada aquí.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
</TS>