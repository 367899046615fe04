"""What demo customers write about, in Spanish and English: subjects, descriptions, messages.

Each topic belongs to a campaign area and a ticket type and is written in both languages, so a
ticket speaks the customer's language whatever the campaign. Placeholders are str.format
fields: {first} (customer's first name), {agent}, {number} (ticket number), {subject}.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..store.enums import TicketType


@dataclass(frozen=True)
class Text:
    subject: str
    description: str
    message: str


@dataclass(frozen=True)
class Topic:
    area: str
    ticket_type: TicketType
    es: Text
    en: Text

    def text(self, language: str) -> Text:
        return self.es if language == "es" else self.en


Q, CO, S, CL, R = (TicketType.QUESTION, TicketType.COMPLAINT, TicketType.SUGGESTION,
                   TicketType.CLAIM, TicketType.REQUEST)

TOPICS: tuple[Topic, ...] = (
    Topic("home", CO, Text(
        "Sin servicio de internet desde ayer",
        "El cliente reporta que desde ayer en la tarde no tiene internet en su hogar. Ya reinició "
        "el módem sin éxito; la luz de «Internet» parpadea en rojo. Trabaja desde casa.",
        "Buenas tardes, desde ayer no tengo internet. Ya apagué y prendí el módem varias veces y "
        "nada. Trabajo desde casa y lo necesito con urgencia, por favor."), Text(
        "No internet service since yesterday",
        "The customer reports no internet at home since yesterday afternoon. They restarted the "
        "router with no luck; the 'Internet' light blinks red. They work from home.",
        "Hi, I have had no internet since yesterday. I switched the router off and on several "
        "times and nothing. I work from home and need it urgently, please.")),
    Topic("home", CO, Text(
        "Internet muy lento en las noches",
        "Desde hace dos semanas la velocidad cae por debajo de 20 Mbps entre las 7 y las 11 de la "
        "noche; el plan contratado es de 300 Mbps. Adjunta pruebas de velocidad.",
        "Hola, pago 300 megas y en las noches no llego ni a 20. Les envío las pruebas de "
        "velocidad. ¿Qué está pasando?"), Text(
        "Very slow internet in the evenings",
        "For two weeks the speed drops below 20 Mbps between 7 and 11 pm; the plan is 300 Mbps. "
        "Speed test results attached.",
        "Hello, I pay for 300 Mbps and in the evenings I don't even get 20. Sending you my speed "
        "tests. What is going on?")),
    Topic("home", R, Text(
        "Cambio de módem por uno con WiFi 6",
        "Solicita cambiar el módem actual por uno con WiFi 6 porque la señal no llega al segundo "
        "piso. Pregunta si tiene costo.",
        "Quisiera cambiar mi módem por uno más moderno, la señal no llega a las habitaciones del "
        "segundo piso. ¿Eso tiene algún costo?"), Text(
        "Router upgrade to WiFi 6",
        "Asks to replace the current router with a WiFi 6 one because the signal does not reach "
        "the second floor. Wants to know whether there is a fee.",
        "I'd like to swap my router for a newer one, the signal doesn't reach the upstairs "
        "bedrooms. Is there a fee for that?")),
    Topic("home", R, Text(
        "Traslado del servicio a una nueva dirección",
        "El cliente se muda el próximo mes y solicita trasladar internet y televisión a la nueva "
        "dirección, con visita de instalación en la mañana.",
        "Buenos días. Me voy a mudar el mes entrante y necesito trasladar el servicio a mi nuevo "
        "apartamento. ¿Cómo hago?"), Text(
        "Move my service to a new address",
        "The customer is moving next month and asks to move internet and TV to the new address, "
        "with an installation visit in the morning.",
        "Good morning. I'm moving next month and need my service moved to my new apartment. How "
        "do I do that?")),
    Topic("home", Q, Text(
        "¿Cómo cambio la contraseña del WiFi?",
        "Pregunta cómo cambiar el nombre y la contraseña de la red WiFi desde el celular.",
        "Hola, ¿me pueden explicar cómo cambio la contraseña del WiFi? Creo que los vecinos la "
        "tienen."), Text(
        "How do I change my WiFi password?",
        "Asks how to change the WiFi network name and password from a phone.",
        "Hi, can you tell me how to change my WiFi password? I think the neighbours have it.")),
    Topic("home", CL, Text(
        "Reclamo por visita técnica incumplida",
        "La visita técnica programada para el sábado entre 8 y 12 no se realizó y nadie avisó. El "
        "cliente pidió permiso en el trabajo para atenderla.",
        "Me dejaron esperando todo el sábado y el técnico nunca llegó. Pedí permiso en el trabajo "
        "para esto. Quiero una explicación y una compensación."), Text(
        "Claim for a missed technician visit",
        "The technician visit booked for Saturday between 8 and 12 never happened and nobody "
        "called. The customer took time off work for it.",
        "I waited all Saturday and the technician never came. I took time off work for this. I "
        "want an explanation and some compensation.")),
    Topic("billing", CL, Text(
        "Cobro doble en la última factura",
        "En la factura del último ciclo aparece dos veces el cargo mensual del plan. El cliente "
        "solicita la devolución del valor cobrado de más.",
        "Revisando mi factura veo que me cobraron dos veces el plan este mes. Necesito que me "
        "devuelvan ese dinero."), Text(
        "Double charge on my last bill",
        "The last billing cycle shows the monthly plan charge twice. The customer asks for the "
        "extra amount to be refunded.",
        "Looking at my bill I was charged twice for my plan this month. I need that money back.")),
    Topic("billing", Q, Text(
        "¿Por qué subió el valor de mi factura?",
        "El valor de la factura aumentó sin que el cliente cambiara de plan. Pregunta por el "
        "motivo del incremento.",
        "Buenas, este mes la factura llegó bastante más alta y no he cambiado nada. ¿Me explican "
        "por qué?"), Text(
        "Why did my bill go up?",
        "The bill increased although the customer did not change plans. Asks for the reason.",
        "Hi, this month's bill is quite a bit higher and I haven't changed anything. Can you "
        "explain why?")),
    Topic("billing", R, Text(
        "Solicitud de copia de factura",
        "Solicita copia de las facturas de los últimos tres meses en PDF para trámites de la "
        "empresa.",
        "Necesito copia de mis facturas de los últimos tres meses, me las piden en el trabajo."),
        Text(
        "Request for invoice copies",
        "Asks for PDF copies of the last three months' invoices for an expense claim.",
        "I need copies of my invoices for the last three months for my expense report.")),
    Topic("billing", CL, Text(
        "Pago no aplicado a mi cuenta",
        "El cliente pagó por PSE hace cinco días y la cuenta sigue apareciendo en mora. Adjunta "
        "el comprobante de pago.",
        "Pagué hace cinco días y me sigue llegando el aviso de mora. Les adjunto el comprobante."),
        Text(
        "Payment not applied to my account",
        "The customer paid online five days ago and the account still shows as overdue. Payment "
        "receipt attached.",
        "I paid five days ago and I'm still getting overdue notices. Receipt attached.")),
    Topic("billing", R, Text(
        "Devolución por días sin servicio",
        "Solicita el descuento proporcional en la factura por los cuatro días que estuvo sin "
        "servicio durante la falla masiva.",
        "Estuve cuatro días sin servicio por la falla del barrio. Pido que me descuenten esos días "
        "de la factura."), Text(
        "Refund for days without service",
        "Asks for a pro-rata credit on the bill for the four days without service during the "
        "area outage.",
        "I was without service for four days during the outage in my area. Please credit those "
        "days on my bill.")),
    Topic("mobile", Q, Text(
        "Información sobre planes ilimitados",
        "El cliente quiere conocer los planes con datos ilimitados, el precio y si incluyen "
        "roaming en Sudamérica.",
        "Hola, ¿qué planes ilimitados tienen? ¿Incluyen roaming si viajo a Perú?"), Text(
        "Information about unlimited plans",
        "The customer wants to know about unlimited data plans, prices and whether roaming in "
        "Canada and Mexico is included.",
        "Hi, what unlimited plans do you have? Do they include roaming if I travel to Mexico?")),
    Topic("mobile", R, Text(
        "Portabilidad de mi número",
        "Solicita traer su número desde otro operador conservando la línea; pregunta por los "
        "tiempos y documentos.",
        "Quiero pasarme con ustedes pero sin perder mi número. ¿Qué necesito?"), Text(
        "Port my number",
        "Asks to bring their number over from another carrier; wants to know timing and "
        "documents.",
        "I want to switch to you without losing my number. What do I need?")),
    Topic("mobile", CO, Text(
        "El equipo no llegó en la fecha prometida",
        "Compró un celular en la tienda virtual con entrega prometida en 48 horas; han pasado "
        "seis días y no ha llegado.",
        "Compré un celular hace seis días, me dijeron que llegaba en dos días y nada. ¿Dónde está "
        "mi pedido?"), Text(
        "Phone not delivered on the promised date",
        "Bought a phone in the online store with delivery promised within 48 hours; six days "
        "later it has not arrived.",
        "I bought a phone six days ago, I was told it would arrive in two days and nothing. "
        "Where is my order?")),
    Topic("mobile", S, Text(
        "Sugerencia: plan familiar con datos compartidos",
        "Propone un plan familiar en el que varias líneas compartan una bolsa de datos.",
        "Sería muy bueno tener un plan familiar donde compartamos los datos entre las cuatro "
        "líneas de la casa."), Text(
        "Suggestion: family plan with shared data",
        "Suggests a family plan where several lines share one data allowance.",
        "It would be great to have a family plan where the four lines at home share data.")),
    Topic("care", S, Text(
        "Sugerencia para la aplicación móvil",
        "Sugiere que la aplicación muestre el consumo de datos por día y permita descargar las "
        "facturas.",
        "La app está bien pero sería útil ver el consumo por día y poder descargar la factura "
        "ahí mismo."), Text(
        "Suggestion for the mobile app",
        "Suggests the app should show daily data usage and let customers download their bills.",
        "The app is fine but it would help to see usage per day and download the bill right "
        "there.")),
    Topic("care", CO, Text(
        "Mala atención en la tienda",
        "El cliente se queja de la atención recibida en la tienda del centro comercial: esperó "
        "una hora y no le resolvieron.",
        "Fui a la tienda del centro comercial, esperé una hora y me atendieron de muy mala "
        "manera. No me resolvieron nada."), Text(
        "Poor service at the store",
        "The customer complains about the service at the mall store: waited an hour and the "
        "issue was not solved.",
        "I went to the mall store, waited an hour and was treated rudely. Nothing was solved.")),
    Topic("care", Q, Text(
        "Horario de atención en festivos",
        "Pregunta por el horario de las tiendas y de la línea de atención en días festivos.",
        "¿Las tiendas abren los festivos? ¿Y la línea de atención?"), Text(
        "Opening hours on public holidays",
        "Asks about store and helpline opening hours on public holidays.",
        "Are the stores open on public holidays? And the helpline?")),
    Topic("care", S, Text(
        "Más opciones de pago en la app",
        "Sugiere agregar pagos con Nequi y Daviplata en la aplicación.",
        "Deberían permitir pagar con Nequi desde la app, sería mucho más fácil."), Text(
        "More payment options in the app",
        "Suggests adding Apple Pay and Google Pay in the app.",
        "You should let us pay with Apple Pay from the app, it would be much easier.")),
    Topic("care", CL, Text(
        "Cancelación de servicio no procesada",
        "El cliente solicitó la cancelación de la línea hace un mes y le siguen facturando.",
        "Cancelé mi línea hace un mes, tengo el número de radicado, y me siguen cobrando."), Text(
        "Cancellation not processed",
        "The customer asked to cancel the line a month ago and is still being billed.",
        "I cancelled my line a month ago, I have the reference number, and you're still "
        "charging me.")),
)

# Generic conversation turns, by language.
AGENT_REPLIES = {
    "es": (
        "Hola {first}, gracias por comunicarse con nosotros. Ya registramos su caso #{number} y lo "
        "estamos revisando.",
        "{first}, le confirmamos que escalamos su solicitud al área encargada. Le daremos "
        "respuesta en máximo 48 horas.",
        "Buen día {first}. Para avanzar necesitamos que nos confirme el número de documento del "
        "titular y una dirección de correo.",
        "Realizamos una prueba remota y encontramos una falla en el nodo de su sector; los "
        "técnicos ya están trabajando en ella.",
        "{first}, programamos la visita técnica; el técnico se comunicará antes de llegar.",
        "Le enviamos por correo el detalle solicitado. ¿Hay algo más en lo que le podamos ayudar?",
    ),
    "en": (
        "Hi {first}, thank you for contacting us. We have logged your case #{number} and are "
        "looking into it.",
        "{first}, we have escalated your request to the team in charge. You will hear from us "
        "within 48 hours.",
        "Good morning {first}. To move forward, please confirm the account holder's ID number "
        "and an e-mail address.",
        "We ran a remote test and found a fault at the node in your area; our technicians are "
        "already on it.",
        "{first}, the technician visit is booked; the technician will call before arriving.",
        "We have e-mailed you the details you asked for. Is there anything else we can help "
        "with?",
    ),
}
CUSTOMER_FOLLOWUPS = {
    "es": (
        "Gracias, quedo atento(a).",
        "¿Hay alguna novedad con mi caso? Ya pasaron varios días.",
        "Mi documento es el que está registrado en la cuenta. El correo es el mismo.",
        "Sigue igual, no ha mejorado nada.",
        "Perfecto, el sábado en la mañana me sirve.",
        "Ya funciona, ¡muchas gracias por la ayuda!",
    ),
    "en": (
        "Thanks, I'll wait to hear from you.",
        "Any news on my case? It has been a few days.",
        "My ID is the one on the account. Same e-mail as before.",
        "Still the same, nothing has improved.",
        "Great, Saturday morning works for me.",
        "It works now, thank you so much for your help!",
    ),
}
CLOSING_REPLIES = {
    "es": ("{first}, damos por solucionado su caso #{number}. Si necesita algo más, responda a "
           "este mensaje. ¡Que tenga un excelente día!"),
    "en": ("{first}, we are marking your case #{number} as solved. If you need anything else, "
           "just reply to this message. Have a great day!"),
}
CALL_NOTES = {
    "es": (
        "Llamada con {first}: se validó la identidad y se explicó el estado del caso.",
        "Se llamó a {first} para confirmar la visita técnica; acepta la franja de la mañana.",
        "{first} llama para preguntar por el avance; se le informa que sigue en revisión.",
        "Se intentó contactar a {first} sin éxito; se volverá a llamar.",
    ),
    "en": (
        "Call with {first}: identity verified and the case status explained.",
        "Called {first} to confirm the technician visit; morning slot accepted.",
        "{first} called to ask for an update; told it is still under review.",
        "Tried to reach {first} without success; will call again.",
    ),
}
CALL_OUTCOMES = ("answered", "answered", "answered", "no_answer", "busy", "voicemail")
NOTES = {
    "es": (
        "Cliente muy molesto, manejar con cuidado.",
        "Pendiente confirmar con facturación el valor exacto del ajuste.",
        "Prefiere que lo contacten por WhatsApp después de las 5 p. m.",
        "Caso similar al de su esposa, revisar ticket relacionado.",
        "Ofrecer descuento de fidelización si insiste en cancelar.",
    ),
    "en": (
        "Customer very upset, handle with care.",
        "Still need billing to confirm the exact adjustment amount.",
        "Prefers WhatsApp after 5 pm.",
        "Similar to the case of their spouse, check the related ticket.",
        "Offer a loyalty discount if they insist on cancelling.",
    ),
}
NOTE_COLOURS = ("#fff59d", "#ffcc80", "#a5d6a7", "#90caf9", "#f48fb1")
OBSERVATIONS = {
    "es": (
        "Se explicó el procedimiento al cliente.",
        "Cliente acepta la solución propuesta.",
        "Queda pendiente la respuesta del área técnica.",
        "Se envió el soporte por correo electrónico.",
    ),
    "en": (
        "Explained the procedure to the customer.",
        "Customer accepts the proposed solution.",
        "Waiting for the technical team's answer.",
        "Sent the supporting documents by e-mail.",
    ),
}
AGENDA_TITLES = {
    "es": ("Llamar al cliente para confirmar la solución", "Seguimiento del caso #{number}",
           "Confirmar visita técnica con {first}", "Enviar respuesta de facturación a {first}"),
    "en": ("Call the customer back to confirm the fix", "Follow up on case #{number}",
           "Confirm the technician visit with {first}", "Send the billing answer to {first}"),
}
