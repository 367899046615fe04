"""Every table of the product; importing this registers them all on Base.metadata."""

from .audit import ChangeLogEntry, SyncChange
from .conversation import Attachment, Blob, Interaction, Note, OutboxItem
from .customers import (
    Account,
    AccountData,
    BlockedContact,
    ContactPoint,
    Customer,
    CustomerAssignment,
    CustomerRelation,
)
from .people import (
    Campaign,
    CampaignChannel,
    CampaignMember,
    CampaignScript,
    Channel,
    Layout,
    Setting,
    SlaRule,
    User,
    UserPresence,
)
from .tickets import Counter, Tag, Ticket, TicketCategory, TicketRelation, TicketService, TicketTag
from .work import (
    AgendaEntry,
    Draft,
    MessageTemplate,
    Notification,
    Survey,
    SurveyRequest,
    TaskFormDefinition,
    TaskRecord,
    TemplateCategory,
)

__all__ = [name for name in dir() if name[0].isupper()]
