"""The demo's campaigns as data: language, members, channels, script, task form, SLA, sections.

Two Spanish and two English campaigns, so both catalogues of the interface meet real content;
every field type of the task form appears at least once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..store.enums import ChannelKind, Priority

E, P, W, S, C = (ChannelKind.EMAIL, ChannelKind.PHONE, ChannelKind.WHATSAPP, ChannelKind.SMS,
                 ChannelKind.CHAT)


def fld(key: str, label: str, label_es: str, type_: str, required: bool = False,
        choices: tuple[str, ...] = ()) -> dict:
    return {"key": key, "label": label, "label_es": label_es, "type": type_,
            "required": required, "choices": list(choices)}


@dataclass(frozen=True)
class CampaignSpec:
    area: str  # topic area (see topics.py)
    name: str
    language: str
    description: str
    mailbox: str
    channels: tuple[ChannelKind, ...]
    members: tuple[str, ...]  # supervisors and agents; admin and viewer join every campaign
    sla_hours: dict[Priority, int]
    script_html: str
    fields: list[dict]
    sections: dict = field(default_factory=dict)
    allow_other_contact_data: bool = False
    services: tuple[str, ...] = ()
    category: str = ""


_SCRIPT_HOME = """
<h2>Guion · Soporte Hogar</h2>
<p><b>Saludo:</b> «Buenos días, le habla <i>[su nombre]</i> de Soporte Hogar. ¿Con quién tengo el
gusto?»</p>
<h3>1. Validación de identidad</h3>
<ol><li>Nombre completo del titular.</li><li>Tipo y número de documento.</li>
<li>Dirección de instalación registrada.</li></ol>
<h3>2. Diagnóstico</h3>
<ul><li>¿Las luces del módem están encendidas? ¿Alguna parpadea en <span style="color:#c62828">
rojo</span>?</li><li>Reinicie el módem (30 segundos apagado).</li>
<li>Realice una prueba de velocidad por cable.</li></ul>
<p>Si la falla persiste, <b>programe visita técnica</b> y registre la franja en el formulario.</p>
<h3>3. Cierre</h3>
<p>«¿Hay algo más en lo que le pueda ayudar? Gracias por comunicarse con Soporte Hogar.»</p>
<table border="1" cellpadding="4"><tr><th>Prioridad</th><th>Tiempo de solución</th></tr>
<tr><td>Crítica</td><td>4 horas</td></tr><tr><td>Alta</td><td>24 horas</td></tr>
<tr><td>Media</td><td>48 horas</td></tr><tr><td>Baja</td><td>5 días</td></tr></table>
"""
_SCRIPT_BILLING = """
<h2>Script · Billing Support</h2>
<p><b>Greeting:</b> "Thank you for calling Billing Support, this is <i>[your name]</i>. May I have
your name and account number?"</p>
<h3>1. Verify the caller</h3>
<ol><li>Full name of the account holder.</li><li>Account number and ID number.</li>
<li>Last payment amount.</li></ol>
<h3>2. Review the bill</h3>
<ul><li>Open the account's billing history and compare the last two cycles.</li>
<li>Double charges: confirm the duplicate line, then raise a <b>refund</b> in the form.</li>
<li>Payments not applied: ask for the receipt (reference and date).</li></ul>
<p style="color:#1565c0">Never ask for the full card number.</p>
<h3>3. Close</h3>
<p>"Is there anything else I can help you with today? Thank you for choosing us."</p>
"""
_SCRIPT_MOBILE = """
<h2>Guion · Ventas Móvil</h2>
<p><b>Apertura:</b> «Hola, le saluda <i>[su nombre]</i> de Ventas Móvil. Le llamo porque tenemos
una oferta especial para usted.»</p>
<h3>Oferta vigente</h3>
<ul><li><b>Plan 50 GB</b>: minutos ilimitados y 50 GB de navegación.</li>
<li><b>Plan Ilimitado</b>: datos sin límite y roaming en Sudamérica.</li>
<li>Portabilidad sin costo: el número se conserva.</li></ul>
<h3>Manejo de objeciones</h3>
<p>«Es muy caro» → mencione el descuento del 20 % durante seis meses.<br/>
«Estoy contento con mi operador» → destaque la cobertura 5G y el roaming incluido.</p>
<h3>Cierre de la venta</h3>
<p>Confirme datos de entrega, fecha y franja horaria; lea el resumen de condiciones.</p>
"""
_SCRIPT_CARE = """
<h2>Script · Customer Care</h2>
<p><b>Greeting:</b> "Hi, you're through to Customer Care, <i>[your name]</i> speaking. How can I
help?"</p>
<h3>Listen first</h3>
<ul><li>Let the customer explain without interrupting; summarise back what you heard.</li>
<li>Apologise for the inconvenience, even when it is not our fault.</li></ul>
<h3>Complaints</h3>
<ol><li>Record the store, date and time of the visit.</li><li>Offer a call back from the store
manager within 24 hours.</li></ol>
<h3>Suggestions</h3>
<p>Thank the customer and record the suggestion in the form; it goes to the product team every
Friday.</p>
"""

_SLA_FAST = {Priority.CRITICAL: 4, Priority.HIGH: 24, Priority.MEDIUM: 48, Priority.LOW: 120}
_SLA_SLOW = {Priority.CRITICAL: 8, Priority.HIGH: 48, Priority.MEDIUM: 72, Priority.LOW: 168}

CAMPAIGNS: tuple[CampaignSpec, ...] = (
    CampaignSpec(
        "home", "Soporte Hogar", "es", "Soporte técnico de internet, televisión y telefonía fija.",
        "soporte.hogar@sagicc-demo.example", (E, P, W, S, C), ("laura", "carlos", "sofia"),
        _SLA_FAST, _SCRIPT_HOME,
        [
            fld("reason", "Reason", "Motivo", "choice", True,
                ("Sin servicio", "Intermitencia", "Velocidad baja", "Equipo dañado", "Otro")),
            fld("diagnosis", "Diagnosis", "Diagnóstico", "long_text"),
            fld("restarts", "Router restarts", "Reinicios del módem", "number"),
            fld("checks", "Checks done", "Pruebas realizadas", "multi_choice", False,
                ("Reinicio de módem", "Prueba de velocidad", "Cambio de canal WiFi",
                 "Revisión de cableado")),
            fld("visit_needed", "Technician visit", "Visita técnica", "yes_no", True),
            fld("visit_date", "Visit date", "Fecha de visita", "date"),
            fld("visit_slot", "Visit slot", "Franja", "choice", False,
                ("Mañana 8-12", "Tarde 14-18")),
            fld("callback_time", "Call-back time", "Hora de contacto", "time"),
        ],
        {"customer": True, "ticket": True, "tasks": True, "surveys": True, "attachments": False},
        True, ("Internet Hogar", "Televisión", "Telefonía Fija"), "Falla técnica",
    ),
    CampaignSpec(
        "billing", "Billing Support", "en", "Bills, payments, refunds and invoice copies.",
        "billing@sagicc-demo.example", (E, P, S, C), ("laura", "emma", "carlos"),
        _SLA_SLOW, _SCRIPT_BILLING,
        [
            fld("reason", "Reason", "Motivo", "choice", True,
                ("Double charge", "Wrong amount", "Payment not applied", "Refund request",
                 "Invoice copy")),
            fld("invoice_number", "Invoice number", "Número de factura", "text", True),
            fld("amount_disputed", "Amount disputed", "Valor en disputa", "number"),
            fld("payment_date", "Payment date", "Fecha de pago", "date"),
            fld("refund_approved", "Refund approved", "Devolución aprobada", "yes_no"),
            fld("notified_by", "Customer notified by", "Cliente notificado por", "multi_choice",
                False, ("Email", "SMS", "Phone")),
            fld("resolution", "Resolution", "Solución", "long_text"),
        ],
        {"customer": True, "ticket": True, "tasks": False, "surveys": True, "attachments": True},
        False, ("Billing",), "Billing & payments",
    ),
    CampaignSpec(
        "mobile", "Ventas Móvil", "es", "Venta de planes móviles, portabilidad y equipos.",
        "ventas.movil@sagicc-demo.example", (E, P, W, S), ("laura", "sofia", "emma"),
        _SLA_FAST, _SCRIPT_MOBILE,
        [
            fld("plan", "Plan of interest", "Plan de interés", "choice", True,
                ("Plan 20 GB", "Plan 50 GB", "Ilimitado", "Prepago")),
            fld("accepts_offer", "Accepts the offer", "Acepta la oferta", "yes_no", True),
            fld("lines", "Number of lines", "Número de líneas", "number"),
            fld("current_carrier", "Current carrier", "Operador actual", "choice", False,
                ("Claro", "Movistar", "Tigo", "WOM", "Otro")),
            fld("extras", "Extras", "Beneficios", "multi_choice", False,
                ("Roaming", "Seguro de equipo", "Streaming", "Línea adicional")),
            fld("delivery_date", "Delivery date", "Fecha de entrega", "date"),
            fld("call_time", "Best time to call", "Hora para llamar", "time"),
            fld("sales_notes", "Sales notes", "Observaciones de venta", "long_text"),
        ],
        {"customer": True, "ticket": True, "tasks": True, "surveys": False},
        True, ("Telefonía Móvil", "Online Store"), "Ventas",
    ),
    CampaignSpec(
        "care", "Customer Care", "en", "Complaints, suggestions and general questions.",
        "care@sagicc-demo.example", (E, P, W, S, C), ("laura", "emma", "sofia", "carlos"),
        _SLA_SLOW, _SCRIPT_CARE,
        [
            fld("topic", "Topic", "Tema", "choice", True,
                ("Store", "App", "Website", "Policy", "Other")),
            fld("store", "Store", "Tienda", "text"),
            fld("visit_date", "Visit date", "Fecha de la visita", "date"),
            fld("visit_time", "Visit time", "Hora de la visita", "time"),
            fld("manager_callback", "Manager call-back", "Llamada del gerente", "yes_no"),
            fld("satisfaction", "Satisfaction (1-5)", "Satisfacción (1-5)", "number"),
            fld("details", "Details", "Detalles", "long_text", True),
        ],
        {"customer": True, "ticket": True, "tasks": True, "surveys": True, "attachments": True},
        False, ("Mobile App", "Online Store", "Stores"), "General information",
    ),
)

# Template categories and message templates: (category, language, channel, name, subject, body).
TEMPLATE_CATEGORIES = ("Saludos · Greetings", "Seguimiento · Follow-up", "Cierre · Closing",
                       "Facturación · Billing")
TEMPLATES: tuple[tuple[int, str, ChannelKind, str, str, str], ...] = (
    (0, "es", W, "Saludo inicial", "",
     "Hola {{ customer.first_name }}, le saluda {{ agent.display_name }} de {{ campaign.name }}. "
     "¿En qué le podemos ayudar hoy?"),
    (0, "en", W, "First greeting", "",
     "Hi {{ customer.first_name }}, this is {{ agent.display_name }} from {{ campaign.name }}. "
     "How can we help you today?"),
    (0, "es", E, "Caso registrado", "Su caso #{{ ticket.number }} fue registrado",
     "Hola {{ customer.first_name }} {{ customer.last_name }}:\n\nRegistramos su solicitud "
     "«{{ ticket.subject }}» con el número {{ ticket.number }}. Le responderemos a la mayor "
     "brevedad.\n\nCordialmente,\n{{ agent.display_name }}"),
    (0, "en", E, "Case logged", "Your case #{{ ticket.number }} has been logged",
     "Dear {{ customer.first_name }} {{ customer.last_name }},\n\nWe have logged your request "
     "\"{{ ticket.subject }}\" as case {{ ticket.number }}. We will get back to you shortly.\n\n"
     "Kind regards,\n{{ agent.display_name }}"),
    (1, "es", S, "Caso en gestión", "",
     "{{ customer.first_name }}, su caso #{{ ticket.number }} sigue en gestión. Le avisaremos "
     "cualquier novedad."),
    (1, "en", S, "Case in progress", "",
     "{{ customer.first_name }}, your case #{{ ticket.number }} is in progress. We'll keep you "
     "posted."),
    (1, "es", W, "Confirmación de visita", "",
     "Hola {{ customer.first_name }}, le confirmamos la visita técnica del caso "
     "#{{ ticket.number }}. El técnico le llamará antes de llegar."),
    (1, "en", W, "Visit confirmation", "",
     "Hi {{ customer.first_name }}, your technician visit for case #{{ ticket.number }} is "
     "confirmed. The technician will call before arriving."),
    (2, "es", E, "Cierre con encuesta", "Caso #{{ ticket.number }} solucionado",
     "Hola {{ customer.first_name }}:\n\nDamos por solucionado su caso. Nos ayudaría mucho su "
     "opinión: {{ survey_link }}\n\nGracias por confiar en nosotros."),
    (2, "en", E, "Closing with survey", "Case #{{ ticket.number }} solved",
     "Hi {{ customer.first_name }},\n\nWe have solved your case. We'd love your feedback: "
     "{{ survey_link }}\n\nThank you for choosing us."),
    (3, "es", S, "Recordatorio de pago", "",
     "{{ customer.first_name }}, le recordamos que su factura vence pronto. Pague en línea y "
     "evite la suspensión."),
    (3, "en", E, "Payment reminder", "Your bill is due soon",
     "Hi {{ customer.first_name }},\n\nA friendly reminder that your bill is due soon. Pay "
     "online to avoid any interruption.\n\n{{ agent.display_name }}"),
)

SERVICES = ("Internet Hogar", "Televisión", "Telefonía Fija", "Telefonía Móvil", "Billing",
            "Online Store", "Mobile App", "Stores")
CATEGORIES = ("Falla técnica", "Facturación y pagos", "Ventas", "Billing & payments",
              "General information", "Technical fault", "Instalación y traslados")
TAGS = ("vip", "urgente", "follow-up", "recurrente", "escalado", "first-contact", "churn-risk",
        "garantía", "callback", "habeas-data")
