// Generated from apps/api/openapi.json by `npm run api:client` (openapi-typescript). Do not edit:
// change the API, run `npm run api:contract`, and this file follows.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: whether the API can serve requests, and which dependency is down */
        get: operations["HealthController_health[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: whether the API can serve requests, and which dependency is down */
        get: operations["HealthController_health[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers, whatever its dependencies do */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller and every account it belongs to, with its grant and allowed actions in each
         * @description A partner account where the caller is Owner or Partner Manager also carries clientAccess: the grant the caller holds in each of its clients and how many there are. The clients themselves are listed by GET /api/accounts/{partnerId}/clients.
         */
        get: operations["MeController_describe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your name */
        patch: operations["MyPasswordController_changeName"];
        trace?: never;
    };
    "/api/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One account: its kind, program or billing mode, its managing partner, and what the caller may do there */
        get: operations["AccountsController_describe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{partnerId}/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Accounts tab: a page of the partner's client accounts
         * @description sort: name, createdAt, billingMode, ownerEmail (prefix "-" to reverse). filter: {"q", "billingMode", "ownerStatus": ACTIVE|PENDING|NONE}.
         */
        get: operations["AccountsController_listClients"];
        put?: never;
        /** Create a managed client account and invite its owner, in one transaction */
        post: operations["AccountsController_createClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's plan and recent charges; for a partner, the totals of its Single Bill */
        get: operations["BillingController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{partnerId}/billing/single-bill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the partner's Single Bill: one line per Single Bill client */
        get: operations["BillingController_singleBill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{partnerId}/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Resources tab of reseller partners: guides, sales and marketing material */
        get: operations["PartnerResourcesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members and pending invitations, with role, status, delivery status, and the people counter */
        get: operations["TeamController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (never the owner) */
        delete: operations["TeamController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a member's role: a built-in role, or a custom role of the account (not the owner's: transfer ownership instead)
         * @description Send exactly one of role and customRoleId. A custom role may be given only if the caller holds every action of it here.
         */
        patch: operations["TeamController_changeRole"];
        trace?: never;
    };
    "/api/accounts/{accountId}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer ownership to a member; the old owner becomes Account Manager */
        post: operations["TeamController_transferOwnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone by email with a role or a custom role; the email is sent by the worker
         * @description Send exactly one of role and customRoleId. A custom role may be given only if the caller holds every action of it here.
         */
        post: operations["TeamController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/invitations/{invitationId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new link; every earlier invitation for that email in this account is revoked */
        post: operations["TeamController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pending invitation: its link stops working */
        delete: operations["TeamController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the invitee sees before accepting: account, role, inviter, expiry, and whether they already have a login */
        get: operations["PublicInvitationsController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept: a new person sets a password; an existing user proves it is them (signed in, or its password) */
        post: operations["PublicInvitationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's audit log, newest first: invitations, role changes, removals, ownership, partner visits */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign up: a standalone account (or, with partnerProgram, a partner account) once the email address is verified
         * @description Answers 202 the same way for a new and a taken email address, so it tells nobody whether an address has an account. A new address gets its account, unverified, and an email with a verification link (single use, 24 hours); a taken one gets an email saying an account exists, with links to sign in and to reset the password. Sign-in answers 403 EMAIL_NOT_VERIFIED until the link is followed.
         */
        post: operations["AuthController_signup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Answers a session, or, for a person with two-factor sign-in on, a TwoFactorChallengeDto: then send its twoFactorToken with a code to POST /api/auth/login/two-factor within five minutes.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session: its access token stops working at once */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the email address of a sign-up with the token of its emailed link; the person can then sign in */
        post: operations["EmailVerificationController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the verification link again: the same answer for every address; only an unverified sign-up gets an email */
        post: operations["EmailVerificationController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Forgot password?": the same answer for every address; only an existing account is emailed a link (single use, one hour) */
        post: operations["PasswordResetController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token of the emailed link: signs out every session of the person, and verifies the email address */
        post: operations["PasswordResetController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your email address: needs the password; the new address is emailed a link, and nothing changes until it is followed */
        post: operations["MyPasswordController_changeEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password: needs the current one; every other session is signed out, and you are told by email */
        post: operations["MyPasswordController_change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email-change/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an email change with the token of the link sent to the new address: it becomes the login, verified, and the previous address is told */
        post: operations["EmailChangeController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's active sessions, newest first, the current one marked
         * @description Each with its device (read from the user agent), its address, when it signed in and when it was last seen (to the minute).
         */
        get: operations["MySessionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions/revoke-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out every other session of the caller: each is refused on its next request */
        post: operations["MySessionsController_revokeOthers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out one of the caller's sessions: it is refused on its next request */
        delete: operations["MySessionsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in, second step: the token the password step answered, with a code of the authenticator app or a recovery code
         * @description Send exactly one of code and recoveryCode. The token is single use: once it has given a session, sign in again for another.
         */
        post: operations["TwoFactorLoginController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's second factors: whether TOTP is on, recovery codes left, passkeys
         * @description What the account page shows about two-factor sign-in.
         */
        get: operations["MyTwoFactorController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start setting up an authenticator app: a new secret and its otpauth:// URL (for a QR code)
         * @description Nothing changes at sign-in until a first code from the secret is confirmed (totp/confirm). Setting up again replaces the secret waiting.
         */
        post: operations["MyTwoFactorController_setUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor sign-in on with a first code from the secret being set up
         * @description Answers ten recovery codes, shown this once. This session counts as signed in with a second factor from now on.
         */
        post: operations["MyTwoFactorController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ten new recovery codes in place of all the earlier ones, shown this once
         * @description Every earlier code stops working, used or not. The person is emailed.
         */
        post: operations["MyTwoFactorController_regenerateRecoveryCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn two-factor sign-in off: needs the password and a current code or an unused recovery code
         * @description The secret and every recovery code are dropped; sign-in is one step again.
         */
        post: operations["MyTwoFactorController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contacts, paged; sort email, createdAt or lastName; filter {"q", "listId", "status"} */
        get: operations["ContactsController_list"];
        put?: never;
        /** Add a contact, optionally to lists */
        post: operations["ContactsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All contacts (or one list's members) as a CSV download, streamed */
        get: operations["ContactsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/contacts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import contacts from CSV sent as the raw body (Content-Type: text/csv)
         * @description A header row naming an email column (and optionally first_name, last_name, phone, company) is required. Rows with the email of an existing contact, or of an earlier row, are merged into it (non-empty fields win). Bad rows are reported, never fatal; the import is one transaction.
         */
        post: operations["ContactsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contact, with the ids and names of its lists; ETag is its version */
        get: operations["ContactsController_get"];
        put?: never;
        post?: never;
        /** Delete a contact (If-Match required) */
        delete: operations["ContactsController_remove"];
        options?: never;
        head?: never;
        /** Edit a contact (If-Match required) */
        patch: operations["ContactsController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lists with their names, descriptions and member counts (never the members); filter {"q"} */
        get: operations["ListsController_list"];
        put?: never;
        /** Create a list */
        post: operations["ListsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/lists/{listId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One list with its member count and the caller's access (its level when restricted to chosen lists, else null); ETag is its version */
        get: operations["ListsController_get"];
        put?: never;
        post?: never;
        /** Delete a list (If-Match required); its contacts stay */
        delete: operations["ListsController_remove"];
        options?: never;
        head?: never;
        /** Rename a list or change its description (If-Match required) */
        patch: operations["ListsController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/lists/{listId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A list's members, paged like contacts */
        get: operations["ListsController_members"];
        put?: never;
        /** Add up to 1,000 contacts to a list; adding a member twice changes nothing */
        post: operations["ListsController_addMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/lists/{listId}/members/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a contact from a list (the contact stays); removing a non-member changes nothing */
        delete: operations["ListsController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Segments with their current sizes; rules only for callers with segments.create; filter {"q"} */
        get: operations["SegmentsController_list"];
        put?: never;
        /**
         * Create a segment from rules
         * @description Text fields (email, firstName, lastName, company): contains, equals, startsWith with a string; status: equals or in; createdAt: before or after an ISO date; list: equals a list id or in a list of them. At most 20 rules.
         */
        post: operations["SegmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/segments/{segmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One segment with its current size; ETag is its version */
        get: operations["SegmentsController_get"];
        put?: never;
        post?: never;
        /** Delete a segment (If-Match required); its contacts stay */
        delete: operations["SegmentsController_remove"];
        options?: never;
        head?: never;
        /** Rename a segment or change its rules (If-Match required) */
        patch: operations["SegmentsController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/segments/{segmentId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contacts matching the segment now, paged */
        get: operations["SegmentsController_contacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns, without their bodies; filter {"status","q"}, sort createdAt, name or scheduledAt */
        get: operations["CampaignsController_list"];
        put?: never;
        /** Create a draft campaign */
        post: operations["CampaignsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign with its body, list ids and counts; the ETag is its version */
        get: operations["CampaignsController_get"];
        put?: never;
        post?: never;
        /** Delete a campaign (If-Match); not while it is being sent */
        delete: operations["CampaignsController_remove"];
        options?: never;
        head?: never;
        /** Edit a campaign (If-Match); a scheduled or sent one also needs campaigns.edit-published */
        patch: operations["CampaignsController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/campaigns/{campaignId}/published": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a scheduled or sent campaign (If-Match): the same edit, with campaigns.edit-published checked before anything is read */
        patch: operations["CampaignsController_updatePublished"];
        trace?: never;
    };
    "/api/accounts/{accountId}/campaigns/{campaignId}/test-send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the campaign to one to five addresses, with "[Test]" before its subject */
        post: operations["CampaignsController_testSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/campaigns/{campaignId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send now, or schedule with scheduledAt (If-Match); needs at least one list */
        post: operations["CampaignsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/campaigns/{campaignId}/unschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a scheduled campaign back to draft (If-Match) */
        post: operations["CampaignsController_unschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/campaigns/{campaignId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign's summary: status, recipients sent, failed and pending, and its times */
        get: operations["ReportsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/campaigns/{campaignId}/recipients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-recipient delivery: email, status, error, sent time; filter {"status","q"}, sort email or sentAt */
        get: operations["ReportsController_recipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Automated email series; filter {"status","trigger","q"}, sort createdAt or name */
        get: operations["AutomationsController_list"];
        put?: never;
        /** Create a draft series: a trigger and one to ten timed emails */
        post: operations["AutomationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/automations/{automationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One series with its steps; the ETag is its version */
        get: operations["AutomationsController_get"];
        put?: never;
        post?: never;
        /** Delete a series (If-Match) */
        delete: operations["AutomationsController_remove"];
        options?: never;
        head?: never;
        /** Edit a series (If-Match); an active or paused one also needs automations.activate */
        patch: operations["AutomationsController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/automations/{automationId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a draft or paused series (If-Match) */
        post: operations["AutomationsController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/automations/{automationId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause an active series (If-Match) */
        post: operations["AutomationsController_pause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/library": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the images, newest first by default; filter {"q": "..."} searches names */
        get: operations["LibraryController_list"];
        put?: never;
        /** Upload a image (PNG, JPEG, GIF or WebP, recognised from its content, not its name) */
        post: operations["LibraryController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/library/{assetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One image, with its ETag */
        get: operations["LibraryController_get"];
        put?: never;
        post?: never;
        /** Delete a image and its file (If-Match) */
        delete: operations["LibraryController_remove"];
        options?: never;
        head?: never;
        /** Rename a image or change its alt text (If-Match) */
        patch: operations["LibraryController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/library/{assetId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The image's bytes, with the image type read from them at upload */
        get: operations["LibraryController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/logos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the logos, newest first by default; filter {"q": "..."} searches names */
        get: operations["LogosController_list"];
        put?: never;
        /** Upload a logo (PNG, JPEG, GIF or WebP, recognised from its content, not its name) */
        post: operations["LogosController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/logos/{assetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One logo, with its ETag */
        get: operations["LogosController_get"];
        put?: never;
        post?: never;
        /** Delete a logo and its file (If-Match) */
        delete: operations["LogosController_remove"];
        options?: never;
        head?: never;
        /** Rename a logo or change its alt text (If-Match) */
        patch: operations["LogosController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/logos/{assetId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logo's bytes, with the image type read from them at upload */
        get: operations["LogosController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/landing-pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Landing pages without their HTML, newest first by default; filter {"q": "...", "state": "PUBLISHED"} */
        get: operations["LandingPagesController_list"];
        put?: never;
        /** Create a draft landing page */
        post: operations["LandingPagesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/landing-pages/{pageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One landing page with its HTML and ETag */
        get: operations["LandingPagesController_get"];
        put?: never;
        post?: never;
        /** Delete a landing page (If-Match); a published one goes offline with it */
        delete: operations["LandingPagesController_remove"];
        options?: never;
        head?: never;
        /** Edit the title, slug or HTML (If-Match); a published page changes at once */
        patch: operations["LandingPagesController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/landing-pages/{pageId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish at /api/public/pages/<slug> (If-Match) */
        post: operations["LandingPagesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/landing-pages/{pageId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a published page offline (If-Match) */
        post: operations["LandingPagesController_unpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/pages/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published landing page, as an HTML document in which no script can run */
        get: operations["PublicPagesController_show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newsletter archive's settings, public links and authors (version 0 until first saved) */
        get: operations["ArchiveController_get"];
        /** Turn the archive on or off, set its address and its default (If-Match; "0" for the first write) */
        put: operations["ArchiveController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/archive/authors/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take an author's own archive page down; their campaigns stay on the account's page */
        delete: operations["ArchiveController_removeAuthorPage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/campaigns/{campaignId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the archive lists this campaign, and why */
        get: operations["ArchiveController_listing"];
        /** Show a sent campaign in the archive, hide it, or follow the default */
        put: operations["ArchiveController_setListing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/campaigns/{campaignId}/archive/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaign as the archive shows it: sanitized, without any recipient data; an HTML document in which no script runs */
        get: operations["ArchiveController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/archive/{archiveSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's newsletter archive: its sent campaigns, newest first, searchable by subject, 20 a page */
        get: operations["PublicArchiveController_account"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/archive/{archiveSlug}/feed.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's archive as an RSS 2.0 feed: its 50 newest campaigns */
        get: operations["PublicArchiveController_accountRss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/archive/{archiveSlug}/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's archive as an Atom 1.0 feed: its 50 newest campaigns */
        get: operations["PublicArchiveController_accountAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/archive/{archiveSlug}/authors/{authorSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One author's newsletters in the account's archive, newest first */
        get: operations["PublicArchiveController_author"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/archive/{archiveSlug}/authors/{authorSlug}/feed.rss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One author's newsletters as an RSS 2.0 feed */
        get: operations["PublicArchiveController_authorRss"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/archive/{archiveSlug}/authors/{authorSlug}/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One author's newsletters as an Atom 1.0 feed */
        get: operations["PublicArchiveController_authorAtom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/archive/{archiveSlug}/campaigns/{campaignSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One archived campaign as sent, without any recipient data; an HTML document in which no script can run */
        get: operations["PublicArchiveController_campaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/social/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Social posts, paged; filter by q (body), state, network */
        get: operations["SocialController_list"];
        put?: never;
        /** Draft a social post (at most 3,000 characters; 280 on X) */
        post: operations["SocialController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/social/posts/{postId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One social post, with its ETag */
        get: operations["SocialController_get"];
        put?: never;
        post?: never;
        /** Delete a post and its comments (If-Match) */
        delete: operations["SocialController_remove"];
        options?: never;
        head?: never;
        /** Edit a post (If-Match); a scheduled or published post needs social.posts.publish */
        patch: operations["SocialController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/social/posts/{postId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a post (If-Match)
         * @description Recorded in Partner Portal only: no social network is contacted.
         */
        post: operations["SocialController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/social/posts/{postId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a post published in Partner Portal's records (If-Match)
         * @description Recorded in Partner Portal only: no social network is contacted.
         */
        post: operations["SocialController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/social/posts/{postId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a published post unpublished in Partner Portal's records (If-Match)
         * @description Recorded in Partner Portal only: no social network is contacted.
         */
        post: operations["SocialController_unpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/social/posts/{postId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A post's comments, paged (sort createdAt or -createdAt) */
        get: operations["SocialController_listComments"];
        put?: never;
        /**
         * Record an incoming comment on a post
         * @description Recorded in Partner Portal only: no social network is contacted.
         */
        post: operations["SocialController_recordComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/social/comments/{commentId}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Respond to a comment (If-Match); the response is stored, not posted to the network
         * @description Recorded in Partner Portal only: no social network is contacted.
         */
        post: operations["SocialController_respond"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/lookalikes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lookalike audiences, paged */
        get: operations["LookalikesController_list"];
        put?: never;
        /**
         * Create a lookalike audience from a contact list
         * @description The list's member count now is kept as sourceSize. Recorded in Partner Portal only: nothing is sent to Facebook.
         */
        post: operations["LookalikesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/lookalikes/{lookalikeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One lookalike audience, with its ETag */
        get: operations["LookalikesController_get"];
        put?: never;
        post?: never;
        /** Delete a lookalike audience (If-Match) */
        delete: operations["LookalikesController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/google": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Google Ads, paged; filter by q (name), state */
        get: operations["GoogleAdsController_list"];
        put?: never;
        /** Draft one of the Google Ads */
        post: operations["GoogleAdsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/google/{adId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the Google Ads, with its ETag */
        get: operations["GoogleAdsController_get"];
        put?: never;
        post?: never;
        /** Delete the ad (If-Match) */
        delete: operations["GoogleAdsController_remove"];
        options?: never;
        head?: never;
        /** Edit one of the Google Ads in any state (If-Match) */
        patch: operations["GoogleAdsController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/google/{adId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule the ad (If-Match)
         * @description Recorded in Partner Portal only: no ad network is contacted.
         */
        post: operations["GoogleAdsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/google/{adId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the ad published in Partner Portal's records (If-Match)
         * @description Recorded in Partner Portal only: no ad network is contacted.
         */
        post: operations["GoogleAdsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/google/{adId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the ad unpublished in Partner Portal's records (If-Match)
         * @description Recorded in Partner Portal only: no ad network is contacted.
         */
        post: operations["GoogleAdsController_unpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facebook and Instagram ads, paged; filter by q (name), state */
        get: operations["MetaAdsController_list"];
        put?: never;
        /** Draft one of the Facebook and Instagram ads */
        post: operations["MetaAdsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/meta/{adId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the Facebook and Instagram ads, with its ETag */
        get: operations["MetaAdsController_get"];
        put?: never;
        post?: never;
        /** Delete the ad (If-Match) */
        delete: operations["MetaAdsController_remove"];
        options?: never;
        head?: never;
        /** Edit one of the Facebook and Instagram ads in any state (If-Match) */
        patch: operations["MetaAdsController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/meta/{adId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule the ad (If-Match)
         * @description Recorded in Partner Portal only: no ad network is contacted.
         */
        post: operations["MetaAdsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/meta/{adId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the ad published in Partner Portal's records (If-Match)
         * @description Recorded in Partner Portal only: no ad network is contacted.
         */
        post: operations["MetaAdsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/meta/{adId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the ad unpublished in Partner Portal's records (If-Match)
         * @description Recorded in Partner Portal only: no ad network is contacted.
         */
        post: operations["MetaAdsController_unpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facebook lead ads, paged; filter by q (name), state */
        get: operations["LeadAdsController_list"];
        put?: never;
        /** Draft one of the Facebook lead ads */
        post: operations["LeadAdsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/lead/{adId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the Facebook lead ads, with its ETag */
        get: operations["LeadAdsController_get"];
        put?: never;
        post?: never;
        /** Delete the ad (If-Match) */
        delete: operations["LeadAdsController_remove"];
        options?: never;
        head?: never;
        /** Edit one of the Facebook lead ads in any state (If-Match) */
        patch: operations["LeadAdsController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/lead/{adId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule the ad (If-Match)
         * @description Recorded in Partner Portal only: no ad network is contacted.
         */
        post: operations["LeadAdsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/lead/{adId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the ad published in Partner Portal's records (If-Match)
         * @description Recorded in Partner Portal only: no ad network is contacted.
         */
        post: operations["LeadAdsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/ads/lead/{adId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the ad unpublished in Partner Portal's records (If-Match)
         * @description Recorded in Partner Portal only: no ad network is contacted.
         */
        post: operations["LeadAdsController_unpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Online stores, paged; filter by q (name), state */
        get: operations["StoresController_list"];
        put?: never;
        /** Create a store (a draft) */
        post: operations["StoresController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/stores/{storeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One store, with its ETag */
        get: operations["StoresController_get"];
        put?: never;
        post?: never;
        /** Delete a store (If-Match) */
        delete: operations["StoresController_remove"];
        options?: never;
        head?: never;
        /** Edit a store (If-Match) */
        patch: operations["StoresController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/stores/{storeId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the store published in Partner Portal's records (If-Match)
         * @description A store's state is Partner Portal's record of it: no storefront service is contacted.
         */
        post: operations["StoresController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/stores/{storeId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the store unpublished in Partner Portal's records (If-Match)
         * @description A store's state is Partner Portal's record of it: no storefront service is contacted.
         */
        post: operations["StoresController_unpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's settings (the defaults at version 0 until first saved) */
        get: operations["AccountSettingsController_getSettings"];
        /**
         * Replace the account settings (If-Match)
         * @description The first write sends If-Match "0" (the version of the defaults); later writes the ETag last read.
         */
        put: operations["AccountSettingsController_putSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/business-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's business profile (empty at version 0 until first saved) */
        get: operations["AccountSettingsController_getBusinessProfile"];
        /**
         * Replace the business profile (If-Match)
         * @description The first write sends If-Match "0" (the version of the defaults); later writes the ETag last read.
         */
        put: operations["AccountSettingsController_putBusinessProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/purchases/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What can be bought, with unit prices in cents (USD) */
        get: operations["AccountSettingsController_catalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/purchases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Purchases made by this account, paged, including those billed to its partner */
        get: operations["AccountSettingsController_listPurchases"];
        put?: never;
        /** Buy stock images or Plus campaigns: a charge on this account's bill, or on the partner's Single Bill for a Single Bill client */
        post: operations["AccountSettingsController_purchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/trials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's trials, paged */
        get: operations["AccountSettingsController_listTrials"];
        put?: never;
        /** Start a 30-day trial of a product (once per product) */
        post: operations["AccountSettingsController_startTrial"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Custom roles of the account, with how many members and pending invitations hold each; filter {"q"} */
        get: operations["RolesController_list"];
        put?: never;
        /** Compose a custom role from action ids (at most 20 per account) */
        post: operations["RolesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/grantable-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The action ids the caller may put into a custom role here: what it holds itself, never users.manage */
        get: operations["RolesController_grantable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One custom role; ETag is its version */
        get: operations["RolesController_get"];
        put?: never;
        post?: never;
        /** Delete a custom role nobody holds (If-Match required) */
        delete: operations["RolesController_remove"];
        options?: never;
        head?: never;
        /** Rename a custom role or change its actions (If-Match required); holders get the change on their next request */
        patch: operations["RolesController_update"];
        trace?: never;
    };
    "/api/accounts/{accountId}/users/{userId}/list-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member's list access: whether it is restricted to chosen lists, and each list's level */
        get: operations["ListAccessController_get"];
        /**
         * Replace a member's list access (its whole set, at most 1,000 lists); recorded in the audit log
         * @description A restricted member sees a list only at a level: VIEW (the list and its members), SEND (target it in a campaign, see its name and size), MANAGE (both, and change it); it sees a contact only through a list it may view. Restrictions never grant more than its role.
         */
        put: operations["ListAccessController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/campaigns/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the campaign with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the campaign (its GET's campaigns.create) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["CampaignPresenceController_stay"];
        /**
         * Stop editing the campaign: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["CampaignPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/automations/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the automation with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the automation (its GET's automations.create) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["AutomationPresenceController_stay"];
        /**
         * Stop editing the automation: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["AutomationPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/contacts/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the contact with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the contact (its GET's contacts.view) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["ContactPresenceController_stay"];
        /**
         * Stop editing the contact: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["ContactPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/lists/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the list with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the list (its GET's lists.view) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["ListPresenceController_stay"];
        /**
         * Stop editing the list: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["ListPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/segments/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the segment with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the segment (its GET's lists.view) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["SegmentPresenceController_stay"];
        /**
         * Stop editing the segment: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["SegmentPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/landing-pages/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the landing page with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the landing page (its GET's landing-pages.manage) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["LandingPagePresenceController_stay"];
        /**
         * Stop editing the landing page: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["LandingPagePresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/library/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the image with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the image (its GET's library.upload) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["LibraryImagePresenceController_stay"];
        /**
         * Stop editing the image: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["LibraryImagePresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/logos/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the logo with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the logo (its GET's logos.manage) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["LogoPresenceController_stay"];
        /**
         * Stop editing the logo: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["LogoPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/social-posts/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the social post with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the social post (its GET's social.posts.create) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["SocialPostPresenceController_stay"];
        /**
         * Stop editing the social post: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["SocialPostPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/ads-google/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the ad with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the ad (its GET's ads.google.manage) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["GoogleAdPresenceController_stay"];
        /**
         * Stop editing the ad: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["GoogleAdPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/ads-meta/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the ad with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the ad (its GET's ads.meta.view) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["MetaAdPresenceController_stay"];
        /**
         * Stop editing the ad: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["MetaAdPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/ads-lead/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the ad with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the ad (its GET's ads.lead.view) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["LeadAdPresenceController_stay"];
        /**
         * Stop editing the ad: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["LeadAdPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/stores/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the store with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the store (its GET's stores.manage) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["StorePresenceController_stay"];
        /**
         * Stop editing the store: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["StorePresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/roles/{recordId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the role with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the role (its GET's users.view) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["RolePresenceController_stay"];
        /**
         * Stop editing the role: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["RolePresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the account settings with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the account settings (its GET's account.settings.manage) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["SettingsPresenceController_stay"];
        /**
         * Stop editing the account settings: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["SettingsPresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the newsletter archive with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the newsletter archive (its GET's account.settings.manage) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["ArchivePresenceController_stay"];
        /**
         * Stop editing the newsletter archive: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["ArchivePresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/presence/business-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit the business profile with others in view: mark the caller as editing it and answer who else is
         * @description Whoever may read the business profile (its GET's business-profile.update) sees who else has it open in an edit screen, partner staff acting in the account included. Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second. A mark not renewed for expirySeconds lapses; DELETE removes it at once.
         */
        post: operations["BusinessProfilePresenceController_stay"];
        /**
         * Stop editing the business profile: remove the mark of one editing screen at once
         * @description Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.
         */
        delete: operations["BusinessProfilePresenceController_leave"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/security-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the account requires two-step sign-in of everyone who works in it */
        get: operations["SecurityPolicyController_get"];
        /**
         * Require two-step sign-in, or stop requiring it
         * @description Members then need a second factor to enter the account; a partner's Owners and Partner Managers need one in every client too. Recorded in the account's audit log and the caller's security log.
         */
        put: operations["SecurityPolicyController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's security log, newest first
         * @description Sign-ups, password and email changes, sessions signed out, factors and passkeys, account policies changed: each with when, the address and the device it came from.
         */
        get: operations["SecurityEventsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/passkeys/registration-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start adding a passkey: the options for the authenticator, and the token to send back with its answer
         * @description A discoverable credential is asked for, so that signing in with it needs no email. The token is valid for 5 minutes, once.
         */
        post: operations["MyPasskeysController_registrationOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/passkeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's passkeys, oldest first (sort=-createdAt for newest) */
        get: operations["MyPasskeysController_list"];
        put?: never;
        /**
         * Add a passkey: the authenticator's answer to the registration options
         * @description The session it is added from counts as signed in with a second factor from then on. The person is told by email.
         */
        post: operations["MyPasskeysController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/passkeys/{passkeyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of the caller's passkeys: it no longer signs in. The person is told by email. */
        delete: operations["MyPasskeysController_remove"];
        options?: never;
        head?: never;
        /** Rename one of the caller's passkeys */
        patch: operations["MyPasskeysController_rename"];
        trace?: never;
    };
    "/api/auth/passkey/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start signing in with a passkey: the options for the authenticator, and the token to send back with its answer
         * @description No email is asked: the authenticator offers the passkeys it holds for this site. The token is valid for 5 minutes, once.
         */
        post: operations["PasskeyLoginController_options"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/passkey/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a passkey: the authenticator's answer to the sign-in options
         * @description Instead of the email, the password and a code: the session counts as signed in with a second factor.
         */
        post: operations["PasskeyLoginController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorBody: {
            /**
             * Format: int32
             * @example 404
             */
            statusCode: number;
            /**
             * @description Stable; what a client branches on
             * @example ACCOUNT_NOT_FOUND
             */
            code: string;
            /**
             * @description For people; may change
             * @example No such account.
             */
            message: string;
            /** @description More about some codes: VALIDATION_FAILED lists the problems of each field; VERSION_CONFLICT carries the record as it is now (current) */
            details?: {
                field: string;
                problems: string[];
            }[] | {
                [key: string]: unknown;
            };
        };
        ReadinessDto: {
            /**
             * @description degraded: Redis is down, which the API survives; unavailable: PostgreSQL is down
             * @enum {string}
             */
            status: "ok" | "degraded" | "unavailable";
            /**
             * @description down: it did not answer within 900 ms
             * @enum {string}
             */
            postgres: "up" | "down";
            /**
             * @description down: it did not answer within 900 ms
             * @enum {string}
             */
            redis: "up" | "down";
        };
        LivenessDto: {
            /** @enum {string} */
            status: "ok";
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            name: string | null;
        };
        PartnerRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        /** @enum {string} */
        ActionId: "users.manage" | "users.view" | "account.settings.manage" | "business-profile.update" | "billing.manage" | "partner.accounts.view" | "partner.resources.view" | "partner.clients.create" | "stores.manage" | "automations.create" | "automations.activate" | "campaigns.create" | "campaigns.delete" | "campaigns.test-send" | "campaigns.send" | "campaigns.edit-published" | "contacts.view" | "contacts.add" | "contacts.export" | "contacts.delete" | "lists.view" | "lists.manage" | "logos.manage" | "purchases.make" | "library.upload" | "library.delete" | "landing-pages.manage" | "reports.view" | "reports.details.view" | "segments.create" | "social.posts.create" | "social.posts.publish" | "social.comments.respond" | "ads.google.manage" | "ads.lookalike.create" | "ads.meta.manage" | "ads.lead.manage" | "ads.meta.view" | "ads.lead.view" | "trials.start";
        CustomRoleGrantDto: {
            /** Format: uuid */
            id: string;
            name: string;
            actions: components["schemas"]["ActionId"][];
        };
        GrantDto: {
            /** @enum {string} */
            role: "ACCOUNT_OWNER" | "ACCOUNT_MANAGER" | "CAMPAIGN_CREATOR" | "PARTNER_MANAGER" | "CUSTOM";
            /**
             * @description PARTNER: held in the managing partner account
             * @enum {string}
             */
            via: "MEMBER" | "PARTNER";
            /** @description Only when role is CUSTOM */
            customRole?: components["schemas"]["CustomRoleGrantDto"];
        };
        PartnerGrantDto: {
            /** @enum {string} */
            role: "ACCOUNT_OWNER" | "PARTNER_MANAGER";
            /** @enum {string} */
            via: "PARTNER";
        };
        ClientAccessDto: {
            grant: components["schemas"]["PartnerGrantDto"];
            /**
             * Format: int32
             * @description How many clients the partner manages
             */
            clients: number;
        };
        MyAccountDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "STANDALONE" | "PARTNER" | "CLIENT";
            /**
             * @description Set for a PARTNER account only
             * @enum {string|null}
             */
            partnerProgram: "RESELLER" | "REFERRAL" | null;
            /**
             * @description Set for a CLIENT account only
             * @enum {string|null}
             */
            billingMode: "SINGLE_BILL" | "DIRECT" | null;
            /** @description The partner managing a CLIENT account */
            partner: components["schemas"]["PartnerRefDto"] | null;
            /** @description The caller's own membership */
            grant: components["schemas"]["GrantDto"];
            actions: components["schemas"]["ActionId"][];
            /** @description Set on a partner account where the caller is Owner or Partner Manager */
            clientAccess: components["schemas"]["ClientAccessDto"] | null;
        };
        MeDto: {
            user: components["schemas"]["UserDto"];
            /** @description Every account the caller is a member of, by name */
            accounts: components["schemas"]["MyAccountDto"][];
        };
        AccountViewDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "STANDALONE" | "PARTNER" | "CLIENT";
            /**
             * @description Set for a PARTNER account only
             * @enum {string|null}
             */
            partnerProgram: "RESELLER" | "REFERRAL" | null;
            /**
             * @description Set for a CLIENT account only
             * @enum {string|null}
             */
            billingMode: "SINGLE_BILL" | "DIRECT" | null;
            /** @description The partner managing a CLIENT account */
            partner: components["schemas"]["PartnerRefDto"] | null;
            /** @description The grant allowing the most here */
            grant: components["schemas"]["GrantDto"];
            actions: components["schemas"]["ActionId"][];
            /** @description The caller reaches lists and contacts only through the lists it was given */
            listRestricted: boolean;
        };
        ClientOwnerDto: {
            /** Format: email */
            email: string;
            /**
             * @description PENDING: invited, not yet accepted
             * @enum {string}
             */
            status: "ACTIVE" | "PENDING";
        };
        ClientRowDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            billingMode: "SINGLE_BILL" | "DIRECT";
            /** Format: date-time */
            createdAt: string;
            /** @description Null when it has no owner and no pending owner invitation */
            owner: components["schemas"]["ClientOwnerDto"] | null;
            /**
             * Format: int32
             * @description Members plus pending invitations
             */
            people: number;
        };
        CreateClientDto: {
            /** @example Casa Realty */
            name: string;
            /** @enum {string} */
            billingMode: "SINGLE_BILL" | "DIRECT";
            /**
             * Format: email
             * @description Invited to own the new account
             * @example sue.casa@casarealty.com
             */
            ownerEmail: string;
        };
        PendingClientOwnerDto: {
            /** Format: email */
            email: string;
            /**
             * @description Invited, not yet accepted
             * @enum {string}
             */
            status: "PENDING";
        };
        CustomRoleRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        InvitationDto: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            /**
             * @description With a custom role: the built-in role kept beneath it
             * @enum {string}
             */
            role: "ACCOUNT_OWNER" | "ACCOUNT_MANAGER" | "CAMPAIGN_CREATOR" | "PARTNER_MANAGER";
            /** @description The custom role the invitee will hold, if any */
            customRole: components["schemas"]["CustomRoleRefDto"] | null;
            /** @enum {string} */
            state: "PENDING" | "ACCEPTED" | "REVOKED" | "EXPIRED";
            /** @enum {string} */
            deliveryStatus: "QUEUED" | "SENT" | "FAILED";
            /** @description While QUEUED, the failure being retried; when FAILED, why it was given up */
            deliveryError: string | null;
            /**
             * Format: int32
             * @description Emails tried so far
             */
            deliveryAttempts: number;
            /**
             * Format: date-time
             * @description While QUEUED after a failure: when the next attempt is due
             */
            deliveryNextAttemptAt: string | null;
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        CreatedClientDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            billingMode: "SINGLE_BILL" | "DIRECT";
            /** Format: date-time */
            createdAt: string;
            owner: components["schemas"]["PendingClientOwnerDto"];
            /** @description The owner's invitation, its email sent by the worker */
            ownerInvitation: components["schemas"]["InvitationDto"];
            /**
             * Format: int32
             * @description The pending owner
             */
            people: number;
        };
        RecentChargeDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "SUBSCRIPTION" | "PURCHASE" | "CREDIT";
            /** @example Standard plan, November 2026 */
            description: string;
            /**
             * Format: int32
             * @description In cents; a CREDIT may be negative
             */
            amountCents: number;
            /** @example USD */
            currency: string;
            /** Format: date-time */
            createdAt: string;
        };
        SingleBillTotalsDto: {
            /**
             * Format: int32
             * @description Single Bill clients
             */
            clients: number;
            /**
             * Format: int64
             * @description Their plans, per month, in cents (USD)
             */
            monthlyTotalCents: number;
        };
        BillingSummaryDto: {
            /** @enum {string} */
            plan: "LITE" | "STANDARD" | "PREMIUM";
            /**
             * Format: int32
             * @description The list price of the plan, in cents
             */
            monthlyPriceCents: number;
            /** @enum {string} */
            currency: "USD";
            /**
             * @description PARTNER: a Single Bill client, whose partner pays
             * @enum {string}
             */
            paidBy: "ACCOUNT" | "PARTNER";
            /** @description The latest charges on this bill, newest first */
            recentCharges: components["schemas"]["RecentChargeDto"][];
            /** @description Set for a partner account only */
            singleBill: components["schemas"]["SingleBillTotalsDto"] | null;
        };
        SingleBillLineDto: {
            /** Format: uuid */
            clientId: string;
            clientName: string;
            /** @enum {string} */
            plan: "LITE" | "STANDARD" | "PREMIUM";
            /**
             * Format: int32
             * @description In cents (USD)
             */
            monthlyPriceCents: number;
        };
        PartnerResourceDto: {
            /** Format: uuid */
            id: string;
            /** @example Sales */
            category: string;
            /** @example Pitch deck */
            title: string;
            description: string;
            /**
             * Format: uri
             * @example https://example.com/partners/pitch-deck
             */
            url: string;
            /** Format: date-time */
            createdAt: string;
        };
        PersonDto: {
            /** @enum {string} */
            kind: "MEMBER" | "INVITATION";
            /**
             * Format: uuid
             * @description The user id of a member, the invitation id of an invitation
             */
            id: string;
            /** Format: email */
            email: string;
            /** @description Always null for an invitation */
            name: string | null;
            /**
             * @description With a custom role: the built-in role kept beneath it
             * @enum {string}
             */
            role: "ACCOUNT_OWNER" | "ACCOUNT_MANAGER" | "CAMPAIGN_CREATOR" | "PARTNER_MANAGER";
            /** @description The custom role held (or to be given); its actions replace those of the built-in role */
            customRole: components["schemas"]["CustomRoleRefDto"] | null;
            /** @description Reaches lists and contacts only through its list access; always false for an invitation */
            listRestricted: boolean;
            /**
             * @description ACTIVE: a member; PENDING: an invitation
             * @enum {string}
             */
            status: "ACTIVE" | "PENDING";
            /**
             * @description Null for a member
             * @enum {string|null}
             */
            deliveryStatus: "QUEUED" | "SENT" | "FAILED" | null;
            /** @description While QUEUED, the failure being retried; when FAILED, why it was given up */
            deliveryError: string | null;
            /**
             * Format: int32
             * @description Emails tried so far; null for a member
             */
            deliveryAttempts: number | null;
            /**
             * Format: date-time
             * @description While QUEUED after a failure: when the next attempt is due
             */
            deliveryNextAttemptAt: string | null;
            /**
             * Format: date-time
             * @description When the member joined or the invitation was sent
             */
            since: string;
            /**
             * Format: date-time
             * @description When the invitation expires; null for a member
             */
            expiresAt: string | null;
        };
        PeopleCountDto: {
            /**
             * Format: int32
             * @description Members plus pending invitations
             */
            count: number;
            /**
             * Format: int32
             * @description How many people the account may have; null: no limit
             */
            limit: number | null;
        };
        TeamPageDto: {
            /** @description The owner first, then by email */
            data: components["schemas"]["PersonDto"][];
            /** Format: int32 */
            total: number;
            people: components["schemas"]["PeopleCountDto"];
        };
        ChangeRoleDto: {
            /**
             * @description A built-in role; ownership moves only with POST .../owner. Clears any custom role.
             * @enum {string}
             */
            role?: "ACCOUNT_MANAGER" | "CAMPAIGN_CREATOR" | "PARTNER_MANAGER";
            /**
             * Format: uuid
             * @description A custom role of this account, instead of role; never for the owner
             */
            customRoleId?: string;
        };
        RoleChangedDto: {
            /** Format: uuid */
            userId: string;
            /**
             * @description With a custom role: the built-in role kept beneath it
             * @enum {string}
             */
            role: "ACCOUNT_MANAGER" | "CAMPAIGN_CREATOR" | "PARTNER_MANAGER";
            customRole: components["schemas"]["CustomRoleRefDto"] | null;
        };
        TransferOwnershipDto: {
            /**
             * Format: uuid
             * @description A member of the account, who becomes its owner
             */
            userId: string;
        };
        OwnershipTransferredDto: {
            /**
             * Format: uuid
             * @description The owner now
             */
            ownerId: string;
        };
        CreateInvitationDto: {
            /**
             * Format: email
             * @example sue.casa+1@greenacresrealty.com
             */
            email: string;
            /**
             * @description A built-in role; send this or customRoleId
             * @enum {string}
             */
            role?: "ACCOUNT_MANAGER" | "CAMPAIGN_CREATOR" | "PARTNER_MANAGER";
            /**
             * Format: uuid
             * @description A custom role of this account, instead of role
             */
            customRoleId?: string;
            /** @description Confirms that a pending invitation to this email is revoked and replaced */
            replacePending?: boolean;
        };
        InvitingAccountDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "STANDALONE" | "PARTNER" | "CLIENT";
        };
        InviterDto: {
            name: string | null;
            /** Format: email */
            email: string;
        };
        InvitationPreviewDto: {
            account: components["schemas"]["InvitingAccountDto"];
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "ACCOUNT_OWNER" | "ACCOUNT_MANAGER" | "CAMPAIGN_CREATOR" | "PARTNER_MANAGER";
            customRole: components["schemas"]["CustomRoleRefDto"] | null;
            /** @description Null once the inviter no longer exists */
            invitedBy: components["schemas"]["InviterDto"] | null;
            /** Format: date-time */
            expiresAt: string;
            /** @description The email already has a login: accepting asks for its password (or to be signed in as it) */
            existingUser: boolean;
        };
        AcceptInvitationDto: {
            /** @description A new person's password to set, or an existing user's password to prove who they are */
            password?: string;
            name?: string;
        };
        JoinedAccountDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        AcceptedInvitationDto: {
            /** @description Send as `Authorization: Bearer <accessToken>` */
            accessToken: string;
            /** Format: date-time */
            expiresAt: string;
            user: components["schemas"]["UserDto"];
            account: components["schemas"]["JoinedAccountDto"];
        };
        AuditActorDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: email
             * @description Null once the user no longer exists
             */
            email: string | null;
            name: string | null;
        };
        AuditEventDto: {
            /** @description A 64-bit integer, as text */
            id: string;
            /**
             * @description <record>.<what happened>
             * @example invitation.created
             */
            action: string;
            /** @description Who did it; null for the system */
            actor: components["schemas"]["AuditActorDto"] | null;
            /** @example invitation */
            targetType: string | null;
            targetId: string | null;
            /** @description What changed, by action */
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
        };
        SignupDto: {
            /**
             * Format: email
             * @description The email address, which is also the username
             * @example sue.casa@greenacresrealty.com
             */
            email: string;
            password: string;
            /** @example Green Acres Realty */
            accountName: string;
            name?: string;
            /**
             * @description Given: a partner account in this program
             * @enum {string}
             */
            partnerProgram?: "RESELLER" | "REFERRAL";
        };
        SignupAcceptedDto: {
            /** @example Check your inbox: we have sent an email to this address. */
            message: string;
        };
        SessionDto: {
            /** @description Send as `Authorization: Bearer <accessToken>` */
            accessToken: string;
            /** Format: date-time */
            expiresAt: string;
            user: components["schemas"]["UserDto"];
        };
        TwoFactorChallengeDto: {
            /** @enum {boolean} */
            twoFactorRequired: true;
            /** @description Send to POST /api/auth/login/two-factor with a code; single use, for five minutes */
            twoFactorToken: string;
            /** Format: date-time */
            expiresAt: string;
        };
        LoginDto: {
            /** @example owner@agency.example */
            email: string;
            /** @example partner-portal-demo */
            password: string;
        };
        VerifyEmailDto: {
            /** @description The token of the emailed link (`/verify-email?token=...`) */
            token: string;
        };
        ResendVerificationDto: {
            /**
             * Format: email
             * @example sue.casa@greenacresrealty.com
             */
            email: string;
        };
        PasswordResetRequestDto: {
            /**
             * Format: email
             * @example sue.casa@greenacresrealty.com
             */
            email: string;
        };
        PasswordResetConfirmDto: {
            /** @description The token of the emailed link (`/reset-password?token=...`) */
            token: string;
            password: string;
        };
        ChangeNameDto: {
            /** @description Null or empty: no name */
            name: string | null;
        };
        ChangeEmailDto: {
            /**
             * Format: email
             * @description The address to sign in with from now on, once its emailed link is followed
             * @example sue@new-realty.example
             */
            newEmail: string;
            /** @description Your current password */
            password: string;
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ConfirmEmailChangeDto: {
            /** @description The token of the emailed link (`/confirm-email-change?token=...`) */
            token: string;
        };
        MySessionDto: {
            /** Format: uuid */
            id: string;
            /** @description The browser and system, read from the user agent: "Chrome 131 on macOS", or "Unknown device" */
            device: string;
            /** @description The user agent as the browser sent it at sign-in */
            userAgent: string | null;
            /** @description The client address at sign-in (X-Forwarded-For only with TRUST_PROXY) */
            ip: string | null;
            /**
             * Format: date-time
             * @description When it signed in
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it last made a request, to the minute
             */
            lastSeenAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description The session making this request */
            current: boolean;
        };
        RevokedSessionsDto: {
            /**
             * Format: int32
             * @description How many sessions were signed out
             */
            revoked: number;
        };
        TwoFactorLoginDto: {
            /** @description The twoFactorToken the password step answered */
            twoFactorToken: string;
            /**
             * @description The six digits the authenticator app shows; send this or recoveryCode
             * @example 123456
             */
            code?: string;
            /**
             * @description One of the recovery codes, each usable once; send this or code
             * @example abcde-fghjk
             */
            recoveryCode?: string;
        };
        TwoFactorStatusDto: {
            totpEnabled: boolean;
            /** Format: date-time */
            totpEnabledAt: string | null;
            /**
             * Format: int32
             * @description Recovery codes not used yet
             */
            recoveryCodesLeft: number;
            /**
             * Format: int32
             * @description Passkeys registered
             */
            passkeys: number;
        };
        CurrentPasswordDto: {
            /** @description Your current password */
            password: string;
        };
        TotpSetupDto: {
            /**
             * @description The secret, base32, for typing into an authenticator app
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
            /**
             * Format: uri
             * @description The otpauth:// URL to show as a QR code
             */
            otpauthUrl: string;
        };
        ConfirmTotpDto: {
            /**
             * @description A code the authenticator app shows for the secret being set up
             * @example 123456
             */
            code: string;
        };
        RecoveryCodesDto: {
            /** @description Shown this once: each signs in once in place of a code (`xxxxx-xxxxx`) */
            recoveryCodes: string[];
        };
        DisableTotpDto: {
            /** @description Your current password */
            password: string;
            /**
             * @description A current code of the authenticator app, or an unused recovery code
             * @example 123456
             */
            code: string;
        };
        ContactDto: {
            /** Format: uuid */
            id: string;
            /** @example ada@example.com */
            email: string;
            firstName: string | null;
            lastName: string | null;
            phone: string | null;
            company: string | null;
            /** @enum {string} */
            status: "SUBSCRIBED" | "UNSUBSCRIBED";
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ContactImportRowErrorDto: {
            /**
             * Format: int32
             * @description Line of the file the row ends on
             */
            line: number;
            /** @description The email of the row as sent, when it has one */
            email: string | null;
            /** @enum {string} */
            code: "EMAIL_MISSING" | "EMAIL_INVALID" | "FIELD_TOO_LONG" | "MALFORMED_ROW";
            message: string;
        };
        ContactImportResultDto: {
            /**
             * Format: int32
             * @description Contacts that did not exist before
             */
            created: number;
            /**
             * Format: int32
             * @description Existing contacts that the file changed
             */
            updated: number;
            /**
             * Format: int32
             * @description Rows for existing contacts that brought nothing new
             */
            unchanged: number;
            /**
             * Format: int32
             * @description Rows whose email appeared on an earlier row of the file: merged into that contact
             */
            merged: number;
            /**
             * Format: int32
             * @description Rows refused
             */
            skipped: number;
            /**
             * Format: int32
             * @description Rows refused, all of them; errors holds the first ones
             */
            errorCount: number;
            errors: components["schemas"]["ContactImportRowErrorDto"][];
            /** @description Header names that are not contact fields (the first ones, each cut short) */
            ignoredColumns: string[];
        };
        ContactListRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ContactWithListsDto: {
            /** Format: uuid */
            id: string;
            /** @example ada@example.com */
            email: string;
            firstName: string | null;
            lastName: string | null;
            phone: string | null;
            company: string | null;
            /** @enum {string} */
            status: "SUBSCRIBED" | "UNSUBSCRIBED";
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Every list the contact is on that the caller sees, by name (the API sets no limit on how many) */
            lists: components["schemas"]["ContactListRefDto"][];
        };
        CreateContactDto: {
            /**
             * Format: email
             * @example ada@example.com
             */
            email: string;
            firstName?: string;
            lastName?: string;
            phone?: string;
            company?: string;
            /**
             * @default SUBSCRIBED
             * @enum {string}
             */
            status?: "SUBSCRIBED" | "UNSUBSCRIBED";
            /** @description Lists of this account to add the contact to */
            listIds?: string[];
        };
        UpdateContactDto: {
            /** Format: email */
            email?: string;
            firstName?: string | null;
            lastName?: string | null;
            phone?: string | null;
            company?: string | null;
            /** @enum {string} */
            status?: "SUBSCRIBED" | "UNSUBSCRIBED";
        };
        ContactListDto: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string | null;
            /** Format: int32 */
            memberCount: number;
            /**
             * @description The caller's level on the list when it is restricted to chosen lists; null when its role decides alone
             * @enum {string|null}
             */
            access: "VIEW" | "SEND" | "MANAGE" | null;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateListDto: {
            name: string;
            description?: string;
        };
        UpdateListDto: {
            name?: string;
            description?: string | null;
        };
        MembersDto: {
            contactIds: string[];
        };
        ListMembersAddedDto: {
            /**
             * Format: int32
             * @description Contacts that were not members before
             */
            added: number;
            /**
             * Format: int32
             * @description Contacts sent that were members already
             */
            alreadyMembers: number;
            /**
             * Format: int32
             * @description Members of the list now
             */
            memberCount: number;
        };
        SegmentRuleDto: {
            /** @enum {string} */
            field: "email" | "firstName" | "lastName" | "company" | "status" | "createdAt" | "list";
            /** @enum {string} */
            op: "contains" | "equals" | "startsWith" | "before" | "after" | "in";
            /** @description A string (text fields; a date for before/after; a status or list id for equals), or an array of strings for in */
            value: string | string[];
        };
        SegmentDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description all: every rule holds; any: at least one does
             * @enum {string}
             */
            match: "all" | "any";
            /** @description Only for callers with segments.create: a rule such as "email contains ..." tells about contacts */
            rules?: components["schemas"]["SegmentRuleDto"][];
            /**
             * Format: int32
             * @description Contacts matching the rules now
             */
            size: number;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateSegmentDto: {
            name: string;
            /**
             * @description all: every rule holds; any: at least one does
             * @enum {string}
             */
            match: "all" | "any";
            rules: components["schemas"]["SegmentRuleDto"][];
        };
        UpdateSegmentDto: {
            name?: string;
            /** @enum {string} */
            match?: "all" | "any";
            rules?: components["schemas"]["SegmentRuleDto"][];
        };
        CampaignSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            subject: string;
            fromName: string;
            fromEmail: string;
            /** @enum {string} */
            status: "DRAFT" | "SCHEDULED" | "SENDING" | "SENT";
            /**
             * Format: date-time
             * @description When it is to be sent; set only while SCHEDULED
             */
            scheduledAt: string | null;
            /**
             * Format: date-time
             * @description When sending started and its recipients were fixed
             */
            sendStartedAt: string | null;
            /**
             * Format: date-time
             * @description When the last recipient was handled
             */
            sentAt: string | null;
            /**
             * Format: int32
             * @description Recipients fixed when sending started
             */
            recipientCount: number;
            /** Format: int32 */
            sentCount: number;
            /** Format: int32 */
            failedCount: number;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CampaignDto: {
            /** Format: uuid */
            id: string;
            name: string;
            subject: string;
            fromName: string;
            fromEmail: string;
            /** @enum {string} */
            status: "DRAFT" | "SCHEDULED" | "SENDING" | "SENT";
            /**
             * Format: date-time
             * @description When it is to be sent; set only while SCHEDULED
             */
            scheduledAt: string | null;
            /**
             * Format: date-time
             * @description When sending started and its recipients were fixed
             */
            sendStartedAt: string | null;
            /**
             * Format: date-time
             * @description When the last recipient was handled
             */
            sentAt: string | null;
            /**
             * Format: int32
             * @description Recipients fixed when sending started
             */
            recipientCount: number;
            /** Format: int32 */
            sentCount: number;
            /** Format: int32 */
            failedCount: number;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            bodyHtml: string;
            bodyText: string | null;
            listIds: string[];
        };
        CreateCampaignDto: {
            /** @example Spring open house */
            name: string;
            /** @example Open house this Saturday */
            subject: string;
            /** @example Green Acres Realty */
            fromName: string;
            /**
             * Format: email
             * @example sue@greenacresrealty.com
             */
            fromEmail: string;
            bodyHtml: string;
            /** @description Plain-text part; derived from bodyHtml when absent */
            bodyText?: Record<string, never>;
            /** @description Lists of this account to send to */
            listIds?: string[];
        };
        UpdateCampaignDto: {
            name?: string;
            subject?: string;
            fromName?: string;
            /** Format: email */
            fromEmail?: string;
            bodyHtml?: string;
            bodyText?: string | null;
            listIds?: string[];
        };
        TestSendDto: {
            /**
             * @example [
             *       "sue@greenacresrealty.com"
             *     ]
             */
            to: string[];
        };
        TestSendQueuedDto: {
            /** Format: uuid */
            campaignId: string;
            to: string[];
            /** @enum {string} */
            status: "QUEUED";
        };
        SendCampaignDto: {
            /** @description Replaces the campaign's lists; at least one list is needed to send */
            listIds?: string[];
            /**
             * Format: date-time
             * @description Omit to send now; otherwise in the future, at most a year ahead
             */
            scheduledAt?: string;
        };
        CampaignReportDto: {
            /** Format: uuid */
            campaignId: string;
            name: string;
            /** @enum {string} */
            status: "DRAFT" | "SCHEDULED" | "SENDING" | "SENT";
            /** Format: int32 */
            recipientCount: number;
            /** Format: int32 */
            sent: number;
            /** Format: int32 */
            failed: number;
            /**
             * Format: int32
             * @description Neither sent nor failed yet
             */
            pending: number;
            /** Format: date-time */
            scheduledAt: string | null;
            /** Format: date-time */
            sendStartedAt: string | null;
            /** Format: date-time */
            sentAt: string | null;
        };
        CampaignRecipientDto: {
            /** Format: uuid */
            contactId: string;
            /** @description The address it was sent to, as fixed when sending started */
            email: string;
            /** @enum {string} */
            status: "PENDING" | "SENT" | "FAILED";
            /** @description Why the last attempt failed */
            error: string | null;
            /**
             * Format: int32
             * @description Delivery attempts so far
             */
            attempts: number;
            /** Format: date-time */
            sentAt: string | null;
        };
        AutomationStepDto: {
            /**
             * Format: int32
             * @description Days after the trigger (or after the previous step)
             */
            delayDays: number;
            subject: string;
            bodyHtml: string;
        };
        AutomationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            trigger: "CONTACT_JOINS_LIST" | "CONTACT_BIRTHDAY" | "CONTACT_ANNIVERSARY";
            /**
             * Format: uuid
             * @description Set for CONTACT_JOINS_LIST only
             */
            triggerListId: string | null;
            steps: components["schemas"]["AutomationStepDto"][];
            /** @enum {string} */
            status: "DRAFT" | "ACTIVE" | "PAUSED";
            /**
             * Format: date-time
             * @description When it was last activated
             */
            activatedAt: string | null;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateAutomationDto: {
            /** @example Welcome series */
            name: string;
            /** @enum {string} */
            trigger: "CONTACT_JOINS_LIST" | "CONTACT_BIRTHDAY" | "CONTACT_ANNIVERSARY";
            /**
             * Format: uuid
             * @description The list whose new members start the series; only for CONTACT_JOINS_LIST
             */
            triggerListId?: Record<string, never>;
            steps: components["schemas"]["AutomationStepDto"][];
        };
        UpdateAutomationDto: {
            name?: string;
            /** @enum {string} */
            trigger?: "CONTACT_JOINS_LIST" | "CONTACT_BIRTHDAY" | "CONTACT_ANNIVERSARY";
            /** Format: uuid */
            triggerListId?: string | null;
            steps?: components["schemas"]["AutomationStepDto"][];
        };
        AssetDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /**
             * @description IMAGE under /library, LOGO under /logos
             * @enum {string}
             */
            kind: "IMAGE" | "LOGO";
            name: string;
            altText: string | null;
            /**
             * @description Read from the bytes at upload
             * @enum {string}
             */
            mimeType: "image/png" | "image/jpeg" | "image/gif" | "image/webp";
            /** Format: int32 */
            sizeBytes: number;
            /**
             * Format: int32
             * @description In pixels, when the image header gives it
             */
            width: number | null;
            /**
             * Format: int32
             * @description In pixels, when the image header gives it
             */
            height: number | null;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UploadAssetFormDto: {
            /** @description Defaults to the uploaded file's name */
            name?: string;
            /** @description Text shown in place of the image */
            altText?: string;
            /**
             * Format: binary
             * @description A PNG, JPEG, GIF or WebP image; its type is read from its content; at most UPLOAD_MAX_BYTES (5 MB by default)
             */
            file: Blob;
        };
        UpdateAssetDto: {
            name?: string;
            /** @description null clears it */
            altText?: string | null;
        };
        LandingPageSummaryDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            title: string;
            /** @description Published at /api/public/pages/<slug> */
            slug: string;
            /**
             * Format: int32
             * @description The version of the HTML allow-list bodyHtml was last cleaned by (0: never)
             */
            htmlPolicy: number;
            /** @enum {string} */
            state: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
            /**
             * Format: date-time
             * @description When it was last published
             */
            publishedAt: string | null;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LandingPageDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            title: string;
            /** @description Published at /api/public/pages/<slug> */
            slug: string;
            /**
             * Format: int32
             * @description The version of the HTML allow-list bodyHtml was last cleaned by (0: never)
             */
            htmlPolicy: number;
            /** @enum {string} */
            state: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
            /**
             * Format: date-time
             * @description When it was last published
             */
            publishedAt: string | null;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description As stored: cleaned to the landing page allow-list */
            bodyHtml: string;
        };
        CreateLandingPageDto: {
            title: string;
            /** @description The public address /api/public/pages/<slug>; derived from the title when left out; unique across all accounts */
            slug?: string;
            /**
             * @description Served as is inside a page whose Content-Security-Policy allows no scripts
             * @default
             */
            bodyHtml?: string;
        };
        UpdateLandingPageDto: {
            title?: string;
            /** @description Changing it moves the public address */
            slug?: string;
            bodyHtml?: string;
        };
        ArchiveFeedsDto: {
            /**
             * Format: uri
             * @description RSS 2.0
             */
            rss: string;
            /**
             * Format: uri
             * @description Atom 1.0
             */
            atom: string;
        };
        ArchiveAuthorDto: {
            /** Format: uuid */
            userId: string;
            name: string;
            slug: string;
            /**
             * Format: int32
             * @description Of their campaigns, how many the archive lists now
             */
            listedCampaigns: number;
            /** @description Their own page was taken down; their campaigns stay on the account page */
            pageRemoved: boolean;
            /**
             * Format: uri
             * @description Their page; null once removed
             */
            url: string | null;
        };
        ArchiveDto: {
            /** @description Until first saved, a suggestion from the account name */
            slug: string;
            enabled: boolean;
            listByDefault: boolean;
            /**
             * Format: int32
             * @description 0 until first saved; the ETag
             */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
            /**
             * Format: uri
             * @description The account's archive page (answers 404 while the archive is off)
             */
            url: string;
            feeds: components["schemas"]["ArchiveFeedsDto"];
            /** @description Everyone who sent a campaign of the account, by name */
            authors: components["schemas"]["ArchiveAuthorDto"][];
        };
        PutArchiveDto: {
            /** @description Whether the archive is published; off, its pages and feeds answer 404 */
            enabled: boolean;
            /**
             * @description Its public address, unique across accounts
             * @example green-acres
             */
            slug: string;
            /** @description true: every sent campaign is listed unless unlisted (except those sent to a list restricted to chosen members); false: none until listed */
            listByDefault: boolean;
        };
        CampaignListingDto: {
            /** Format: uuid */
            campaignId: string;
            /** @enum {string} */
            choice: "DEFAULT" | "LISTED" | "UNLISTED";
            /** @description Whether the archive lists it now (sent, and listed by choice or by default) */
            listed: boolean;
            /** @description It went to a list restricted to chosen members: listed only on purpose */
            restricted: boolean;
            archiveEnabled: boolean;
            /**
             * Format: uri
             * @description Its public page while listed
             */
            url: string | null;
        };
        PutCampaignListingDto: {
            /**
             * @description DEFAULT follows the archive's default; LISTED and UNLISTED are chosen on purpose
             * @enum {string}
             */
            choice: "DEFAULT" | "LISTED" | "UNLISTED";
        };
        SocialPostDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /** @enum {string} */
            state: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
            /**
             * Format: date-time
             * @description When it was last marked published
             */
            publishedAt: string | null;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When it is to be published; set only while SCHEDULED
             */
            scheduledAt: string | null;
            /** @enum {string} */
            network: "FACEBOOK" | "INSTAGRAM" | "LINKEDIN" | "X";
            body: string;
        };
        CreateSocialPostDto: {
            /** @enum {string} */
            network: "FACEBOOK" | "INSTAGRAM" | "LINKEDIN" | "X";
            /** @description At most 280 characters on X */
            body: string;
        };
        UpdateSocialPostDto: {
            /** @enum {string} */
            network?: "FACEBOOK" | "INSTAGRAM" | "LINKEDIN" | "X";
            body?: string;
        };
        ScheduleDto: {
            /**
             * Format: date-time
             * @description When the record becomes published, in the future (within a year)
             */
            scheduledAt: string;
        };
        SocialCommentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /** Format: uuid */
            postId: string;
            /** @description Who wrote the comment on the network */
            author: string;
            body: string;
            /** @description null until someone responds */
            response: string | null;
            /** Format: date-time */
            respondedAt: string | null;
            /**
             * Format: uuid
             * @description The user who responded
             */
            respondedById: string | null;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateSocialCommentDto: {
            /** @description Who wrote the comment on the network */
            author: string;
            body: string;
        };
        RespondToCommentDto: {
            response: string;
        };
        LookalikeAudienceDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            name: string;
            /**
             * Format: uuid
             * @description The contact list it was made from; the list may since have been deleted
             */
            sourceListId: string | null;
            /**
             * Format: int32
             * @description The source list's member count when the audience was made
             */
            sourceSize: number;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example US
             */
            country: string;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateLookalikeDto: {
            name: string;
            /**
             * Format: uuid
             * @description A contact list of this account; its member count now becomes the source size
             */
            sourceListId: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example US
             */
            country: string;
        };
        AdDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /** @enum {string} */
            state: "DRAFT" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
            /**
             * Format: date-time
             * @description When it was last marked published
             */
            publishedAt: string | null;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When it is to be published; set only while SCHEDULED
             */
            scheduledAt: string | null;
            /**
             * @description Always the channel of the route's path
             * @enum {string}
             */
            channel: "GOOGLE" | "META" | "META_LEAD";
            name: string;
            headline: string;
            /**
             * Format: int32
             * @description Budget in cents
             */
            budgetCents: number;
        };
        CreateAdDto: {
            name: string;
            headline: string;
            /** @description Budget in cents */
            budgetCents: number;
        };
        UpdateAdDto: {
            name?: string;
            headline?: string;
            budgetCents?: number;
        };
        StoreDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /**
             * @description A store is never scheduled
             * @enum {string}
             */
            state: "DRAFT" | "PUBLISHED" | "UNPUBLISHED";
            /**
             * Format: date-time
             * @description When it was last marked published
             */
            publishedAt: string | null;
            /**
             * Format: int32
             * @description Bumped by every write; its ETag is what If-Match takes
             */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            name: string;
            /**
             * @description ISO 4217 currency code
             * @example USD
             */
            currency: string;
        };
        CreateStoreDto: {
            name: string;
            /**
             * @description ISO 4217 currency code
             * @example USD
             * @enum {string}
             */
            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XDR" | "XOF" | "XPF" | "XSU" | "YER" | "ZAR" | "ZMW" | "ZWG" | "ZWL";
        };
        UpdateStoreDto: {
            name?: string;
            /**
             * @example EUR
             * @enum {string}
             */
            currency?: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XDR" | "XOF" | "XPF" | "XSU" | "YER" | "ZAR" | "ZMW" | "ZWG" | "ZWL";
        };
        AccountSettingsDto: {
            /** Format: uuid */
            accountId: string;
            /**
             * @description An IANA time zone, or UTC
             * @example Europe/Paris
             */
            timeZone: string;
            /**
             * @description A BCP 47 language tag, canonical
             * @example en-US
             */
            locale: string;
            defaultFromName: string | null;
            /** Format: email */
            defaultFromEmail: string | null;
            /**
             * Format: int32
             * @description Goes up by one with every write; 0 until the first write (the defaults). The ETag
             */
            version: number;
            /**
             * Format: date-time
             * @description Null until the first write
             */
            updatedAt: string | null;
        };
        PutAccountSettingsDto: {
            /**
             * @description An IANA time zone (Intl.supportedValuesOf("timeZone")) or UTC
             * @example Europe/Paris
             */
            timeZone: string;
            /**
             * @description A BCP 47 language tag; stored in its canonical form
             * @example en-US
             */
            locale: string;
            defaultFromName?: string | null;
            /** Format: email */
            defaultFromEmail?: string | null;
        };
        BusinessProfileDto: {
            /** Format: uuid */
            accountId: string;
            legalName: string | null;
            website: string | null;
            phone: string | null;
            addressLine1: string | null;
            addressLine2: string | null;
            city: string | null;
            region: string | null;
            postalCode: string | null;
            /** @description ISO 3166-1 alpha-2 */
            country: string | null;
            industry: string | null;
            /**
             * Format: int32
             * @description Goes up by one with every write; 0 until the first write (the defaults). The ETag
             */
            version: number;
            /**
             * Format: date-time
             * @description Null until the first write
             */
            updatedAt: string | null;
        };
        PutBusinessProfileDto: {
            legalName?: string | null;
            /** @example https://example.com */
            website?: string | null;
            phone?: string | null;
            addressLine1?: string | null;
            addressLine2?: string | null;
            city?: string | null;
            region?: string | null;
            postalCode?: string | null;
            /**
             * @description ISO 3166-1 alpha-2
             * @example US
             */
            country?: string | null;
            industry?: string | null;
        };
        CatalogueEntryDto: {
            /** @enum {string} */
            item: "STOCK_IMAGE" | "PLUS_CAMPAIGN";
            label: string;
            /**
             * Format: int32
             * @description In cents (USD)
             */
            unitPriceCents: number;
        };
        PurchaseDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The account billed: the buyer's, or its partner's for a Single Bill client
             */
            accountId: string;
            /** @enum {string} */
            kind: "PURCHASE";
            /** @example 3 × Stock image */
            description: string;
            /** Format: int32 */
            amountCents: number;
            /** @enum {string} */
            currency: "USD";
            /**
             * Format: uuid
             * @description On a partner's bill: the client that bought
             */
            forAccountId: string | null;
            /** Format: uuid */
            purchasedById: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description PARTNER: on the partner's Single Bill
             * @enum {string}
             */
            billedTo: "ACCOUNT" | "PARTNER";
        };
        CreatePurchaseDto: {
            /** @enum {string} */
            item: "STOCK_IMAGE" | "PLUS_CAMPAIGN";
            quantity: number;
        };
        PurchaseChargeDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The account billed: the buyer's, or its partner's for a Single Bill client
             */
            accountId: string;
            /** @enum {string} */
            kind: "PURCHASE";
            /** @example 3 × Stock image */
            description: string;
            /** Format: int32 */
            amountCents: number;
            /** @enum {string} */
            currency: "USD";
            /**
             * Format: uuid
             * @description On a partner's bill: the client that bought
             */
            forAccountId: string | null;
            /** Format: uuid */
            purchasedById: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        PurchaseMadeDto: {
            charge: components["schemas"]["PurchaseChargeDto"];
            /**
             * @description PARTNER: on the partner's Single Bill
             * @enum {string}
             */
            billedTo: "ACCOUNT" | "PARTNER";
        };
        TrialDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            accountId: string;
            /** @enum {string} */
            product: "SOCIAL_ADS" | "EVENTS" | "SMS" | "ECOMMERCE";
            /** Format: date-time */
            startedAt: string;
            /**
             * Format: date-time
             * @description 30 days after it started
             */
            endsAt: string;
            /** Format: uuid */
            startedById: string | null;
        };
        StartTrialDto: {
            /** @enum {string} */
            product: "SOCIAL_ADS" | "EVENTS" | "SMS" | "ECOMMERCE";
        };
        CustomRoleDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description In the order of the permission matrix */
            actions: components["schemas"]["ActionId"][];
            /**
             * Format: int32
             * @description Goes up by one with every change; the ETag
             */
            version: number;
            /**
             * Format: int32
             * @description Members holding the role plus pending invitations that would give it
             */
            holders: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        GrantableActionsDto: {
            /** @description What the caller holds here, never users.manage; in the order of the permission matrix */
            actions: components["schemas"]["ActionId"][];
        };
        CreateRoleDto: {
            /** @example Sends campaigns, never sees contacts */
            name: string;
            /**
             * @description Action ids of the permission matrix, each at most once; only those the caller holds here, never users.manage
             * @example [
             *       "campaigns.create",
             *       "campaigns.test-send",
             *       "campaigns.send",
             *       "lists.view",
             *       "reports.view"
             *     ]
             */
            actions: components["schemas"]["ActionId"][];
        };
        UpdateRoleDto: {
            /** @example Sends campaigns, never sees contacts */
            name?: string;
            /**
             * @description Action ids of the permission matrix, each at most once; only those the caller holds here, never users.manage
             * @example [
             *       "campaigns.create",
             *       "campaigns.test-send",
             *       "campaigns.send",
             *       "lists.view",
             *       "reports.view"
             *     ]
             */
            actions?: components["schemas"]["ActionId"][];
        };
        MemberListAccessEntryDto: {
            /** Format: uuid */
            listId: string;
            listName: string;
            /** @enum {string} */
            level: "VIEW" | "SEND" | "MANAGE";
        };
        MemberListAccessDto: {
            /** Format: uuid */
            userId: string;
            /** @description true: the member reaches only the lists below (and the contacts on the ones it may view); false: its role decides alone */
            restricted: boolean;
            /** @description By list name */
            lists: components["schemas"]["MemberListAccessEntryDto"][];
        };
        ListAccessEntryDto: {
            /** Format: uuid */
            listId: string;
            /**
             * @description VIEW: the list and its members; SEND: target it in a campaign, see its name and size, never its members; MANAGE: all of that, and change it
             * @enum {string}
             */
            level: "VIEW" | "SEND" | "MANAGE";
        };
        ReplaceListAccessDto: {
            /** @description true: the member reaches only the lists below (and the contacts on the ones it may view); false: its role decides alone */
            restricted: boolean;
            /** @description The member's whole set; each list at most once */
            lists: components["schemas"]["ListAccessEntryDto"][];
        };
        StayPresenceDto: {
            /**
             * Format: uuid
             * @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once.
             */
            editorId: string;
            /** @description The revision of the previous answer. Without it the answer comes at once; with it, the call waits until who else is there changes, or heartbeatSeconds at most, and then answers. Call again at once with the new revision: each call also renews the mark. */
            revision?: string;
        };
        PresentEditorDto: {
            /** Format: uuid */
            userId: string;
            /** @description The person's name; show the email when there is none */
            name: string | null;
            /** Format: email */
            email: string;
            /**
             * Format: date-time
             * @description When they opened the record (the earliest of their open screens)
             */
            since: string;
        };
        PresenceDto: {
            /** @description Everyone else editing the record now, partner staff acting in the account included, earliest first; never the caller */
            others: components["schemas"]["PresentEditorDto"][];
            /** @description Send it back as revision to wait for the next change */
            revision: string;
            /**
             * Format: int32
             * @description The longest a call with revision waits; call again at once to stay
             */
            heartbeatSeconds: number;
            /**
             * Format: int32
             * @description A mark not renewed for this long lapses (a closed or crashed tab)
             */
            expirySeconds: number;
        };
        SecurityPolicyDto: {
            /** @description Everyone who works in this account signs in with a second factor (an authenticator app or a passkey); for a partner, its Owners and Partner Managers also in every client */
            requireTwoFactor: boolean;
            /**
             * Format: int32
             * @description The account's version, bumped by every change
             */
            version: number;
        };
        PutSecurityPolicyDto: {
            /** @description Require two-step sign-in of everyone who works in this account */
            requireTwoFactor: boolean;
        };
        SecurityEventDto: {
            /** Format: uuid */
            id: string;
            /** @description What happened: "signup", "password.changed", "session.revoked", "account.security-policy.changed"… */
            action: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The client address of the request (X-Forwarded-For only with TRUST_PROXY) */
            ip: string | null;
            /** @description The browser and system, read from the user agent: "Chrome 131 on macOS", or "Unknown device" */
            device: string;
        };
        PasskeyRegistrationOptionsDto: {
            options: {
                rp: {
                    id?: string;
                    name: string;
                };
                user: {
                    id: string;
                    name: string;
                    displayName: string;
                };
                challenge: string;
                pubKeyCredParams: {
                    /** Format: int32 */
                    alg: number;
                    /** @enum {string} */
                    type: "public-key";
                }[];
                /**
                 * Format: int32
                 * @description Milliseconds
                 */
                timeout?: number;
                excludeCredentials?: {
                    id: string;
                    /** @enum {string} */
                    type: "public-key";
                    transports?: string[];
                }[];
                authenticatorSelection?: {
                    authenticatorAttachment?: string;
                    requireResidentKey?: boolean;
                    residentKey?: string;
                    userVerification?: string;
                };
                hints?: string[];
                attestation?: string;
                attestationFormats?: string[];
                extensions?: {
                    [key: string]: unknown;
                };
            };
            /** @description The challengeToken the options came with: single use, valid for 5 minutes */
            challengeToken: string;
        };
        AddPasskeyDto: {
            /** @description The challengeToken the options came with: single use, valid for 5 minutes */
            challengeToken: string;
            /** @example Work laptop */
            name: string;
            response: {
                id: string;
                rawId: string;
                /** @enum {string} */
                type: "public-key";
                authenticatorAttachment?: string;
                clientExtensionResults: {
                    [key: string]: unknown;
                };
                response: {
                    clientDataJSON: string;
                    attestationObject: string;
                    authenticatorData?: string;
                    transports?: string[];
                    /** Format: int32 */
                    publicKeyAlgorithm?: number;
                    publicKey?: string;
                };
            };
        };
        PasskeyDto: {
            /** Format: uuid */
            id: string;
            /** @description The name the person gave it */
            name: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it last signed in; null if never
             */
            lastUsedAt: string | null;
            /**
             * @description multiDevice: a synced passkey
             * @enum {string}
             */
            deviceType: "singleDevice" | "multiDevice";
            /** @description Whether the passkey is backed up (synced) by its provider */
            backedUp: boolean;
        };
        RenamePasskeyDto: {
            /** @example Work laptop */
            name: string;
        };
        PasskeyAuthenticationOptionsDto: {
            options: {
                challenge: string;
                /**
                 * Format: int32
                 * @description Milliseconds
                 */
                timeout?: number;
                rpId?: string;
                allowCredentials?: {
                    id: string;
                    /** @enum {string} */
                    type: "public-key";
                    transports?: string[];
                }[];
                userVerification?: string;
                hints?: string[];
                extensions?: {
                    [key: string]: unknown;
                };
            };
            /** @description The challengeToken the options came with: single use, valid for 5 minutes */
            challengeToken: string;
        };
        PasskeyLoginDto: {
            /** @description The challengeToken the options came with: single use, valid for 5 minutes */
            challengeToken: string;
            response: {
                id: string;
                rawId: string;
                /** @enum {string} */
                type: "public-key";
                authenticatorAttachment?: string;
                clientExtensionResults: {
                    [key: string]: unknown;
                };
                response: {
                    clientDataJSON: string;
                    authenticatorData: string;
                    signature: string;
                    userHandle?: string;
                };
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "HealthController_health[0]": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL answers: status "ok", or "degraded" when Redis does not */
            200: {
                headers: {
                    /** @description Never cached */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PostgreSQL does not answer: status "unavailable" */
            503: {
                headers: {
                    /** @description Never cached */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
        };
    };
    "HealthController_health[1]": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL answers: status "ok", or "degraded" when Redis does not */
            200: {
                headers: {
                    /** @description Never cached */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PostgreSQL does not answer: status "unavailable" */
            503: {
                headers: {
                    /** @description Never cached */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessDto"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always, while the process runs */
            200: {
                headers: {
                    /** @description Never cached */
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MeController_describe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyPasswordController_changeName: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeNameDto"];
            };
        };
        responses: {
            /** @description You, with the new name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_describe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountViewDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_listClients: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The partner account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ClientRowDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow partner.accounts.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountsController_createClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The partner account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClientDto"];
            };
        };
        responses: {
            /** @description The client row as the Accounts tab shows it, owner pending, with the owner invitation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedClientDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow partner.clients.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillingController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingSummaryDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow billing.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BillingController_singleBill: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The partner account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SingleBillLineDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow billing.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; NOT_A_PARTNER_ACCOUNT: only partner accounts have a Single Bill */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PartnerResourcesController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The partner account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PartnerResourceDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow partner.resources.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TeamController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, how many match in all, and the people counter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TeamController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The user's id; 404 when no such user is in the account. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; USER_NOT_FOUND: not a member of this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description OWNER_CANNOT_BE_REMOVED: transfer ownership first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TeamController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The user's id; 404 when no such user is in the account. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleChangedDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); ROLE_NOT_ALLOWED: Partner Manager outside a partner account, or a custom role for the owner; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; ROLE_EXCEEDS_YOURS: the custom role names actions the caller does not hold here (details.actions lists them) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; USER_NOT_FOUND: not a member of this account; ROLE_NOT_FOUND: no such custom role here */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description OWNER_ROLE_LOCKED: the owner's role changes only by transferring ownership */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TeamController_transferOwnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferOwnershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnershipTransferredDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; USER_NOT_FOUND: not a member of this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ROLE_NOT_ALLOWED: a Partner Manager cannot own the account */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TeamController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            /** @description The pending invitation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); ROLE_NOT_ALLOWED: Partner Manager outside a partner account; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; ROLE_EXCEEDS_YOURS: the custom role names actions the caller does not hold here (details.actions lists them) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; ROLE_NOT_FOUND: no such custom role here */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ALREADY_MEMBER; INVITATION_PENDING: send again with replacePending: true; USER_LIMIT_REACHED: remove someone or revoke an invitation first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TeamController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The invitation's id; 404 when no such invitation is in the account. */
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new pending invitation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; ROLE_EXCEEDS_YOURS: the custom role names actions the caller does not hold here (details.actions lists them) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; INVITATION_NOT_FOUND; ROLE_NOT_FOUND: its custom role was deleted */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVITATION_ACCEPTED; INVITATION_REVOKED: revoked or replaced, invite again instead; USER_LIMIT_REACHED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description RESEND_TOO_SOON: at most one email per minute to the same person, see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until a resend is allowed */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TeamController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The invitation's id; 404 when no such invitation is in the account. */
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; INVITATION_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVITATION_NOT_PENDING: already accepted, revoked or expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicInvitationsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invitation's token, from the link in its email. Single use; 404 INVITATION_NOT_FOUND when unknown, used, revoked or expired. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationPreviewDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVITATION_NOT_FOUND: no invitation has this link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVITATION_GONE: accepted, revoked or expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicInvitationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The invitation's token, from the link in its email. Single use; 404 INVITATION_NOT_FOUND when unknown, used, revoked or expired. */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description The invitee is signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedInvitationDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGN_IN_REQUIRED: the email already has a login; sign in as it or send its password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVITATION_NOT_FOUND: no invitation has this link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVITATION_GONE: accepted, revoked or expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEventDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_signup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            /** @description Check your inbox: the same answer for every address */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupAcceptedDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TOO_MANY_REQUESTS: too many sign-ups for this email address or from this client address; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until this is allowed again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Signed in, or the password is right and a second factor is needed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"] | components["schemas"]["TwoFactorChallengeDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_CREDENTIALS: the same for an unknown email and a wrong password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description EMAIL_NOT_VERIFIED: the password is right, but the email address of this sign-up is not verified yet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TOO_MANY_LOGIN_ATTEMPTS: too many failed sign-ins from this address, for this email or for any; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until sign-in is allowed again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    EmailVerificationController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailDto"];
            };
        };
        responses: {
            /** @description Verified */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description LINK_GONE: the link was used, has expired or was replaced by a newer one */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    EmailVerificationController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResendVerificationDto"];
            };
        };
        responses: {
            /** @description Check your inbox: the same answer for every address */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupAcceptedDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TOO_MANY_REQUESTS: too many requests for this email address or from this client address; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until this is allowed again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PasswordResetController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description Check your inbox: the same answer for every address */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupAcceptedDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TOO_MANY_REQUESTS: too many requests for this email address or from this client address; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until this is allowed again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PasswordResetController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            /** @description The password is set; sign in with it */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description LINK_GONE: the link was used, has expired or was replaced by a newer one */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyPasswordController_changeEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEmailDto"];
            };
        };
        responses: {
            /** @description Check the new inbox */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupAcceptedDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description WRONG_PASSWORD: the password is incorrect */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyPasswordController_change: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Changed; this session goes on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description WRONG_PASSWORD: the current password is incorrect */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    EmailChangeController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmEmailChangeDto"];
            };
        };
        responses: {
            /** @description Changed; sign in with the new address */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description EMAIL_TAKEN: another account signs in with this address now */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description LINK_GONE: the link was used, has expired or was replaced by a newer one */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MySessionsController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["MySessionDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MySessionsController_revokeOthers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedSessionsDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MySessionsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description One of the caller's own sessions; 404 SESSION_NOT_FOUND for any other, or one already ended. */
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SESSION_NOT_FOUND: no such session of yours, or it has already ended */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    TwoFactorLoginController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorLoginDto"];
            };
        };
        responses: {
            /** @description Signed in, with a second factor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TWO_FACTOR_CODE_INVALID: the code is wrong or already used; TWO_FACTOR_TOKEN_INVALID: the token is expired, used or not one; sign in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TOO_MANY_LOGIN_ATTEMPTS: too many wrong codes for this person; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until codes are accepted again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyTwoFactorController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorStatusDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyTwoFactorController_setUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CurrentPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetupDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description WRONG_PASSWORD: the password is incorrect */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TWO_FACTOR_ALREADY_ON: turn it off first to set up another app */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyTwoFactorController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmTotpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); TWO_FACTOR_CODE_INVALID: the code is not one of the secret being set up; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TWO_FACTOR_NOT_SET_UP: no secret is waiting (totp/setup first); TWO_FACTOR_ALREADY_ON */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyTwoFactorController_regenerateRecoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CurrentPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description WRONG_PASSWORD: the password is incorrect */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TWO_FACTOR_NOT_ON: recovery codes come with two-factor sign-in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyTwoFactorController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisableTotpDto"];
            };
        };
        responses: {
            /** @description Turned off */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); TWO_FACTOR_CODE_INVALID: neither a current code nor an unused recovery code; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description WRONG_PASSWORD: the password is incorrect */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TWO_FACTOR_NOT_ON */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TOO_MANY_LOGIN_ATTEMPTS: too many wrong codes for this person; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until codes are accepted again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactsController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ContactDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_MEMBERS_HIDDEN: the caller is restricted to chosen lists and holds this one at SEND, which shows its size, never its members (filter.listId) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactDto"];
            };
        };
        responses: {
            /** @description The contact, with its lists */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactWithListsDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); UNKNOWN_LISTS: listIds names lists that are not in this account, with details.ids; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.add here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_RESTRICTED: the caller is restricted to chosen lists */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONTACT_EXISTS: a contact has this email, with details.id */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactsController_export: {
        parameters: {
            query?: {
                /** @description Only the members of this list */
                listId?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A header row (id,email,first_name,last_name,phone,company,status,created_at), then one row per contact; a cell a spreadsheet would run as a formula starts with an apostrophe */
            200: {
                headers: {
                    /** @description attachment; filename="contacts-<date>.csv" */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.export here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_MEMBERS_HIDDEN: the caller is restricted to chosen lists and holds this one at SEND, which shows its size, never its members */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LIST_NOT_FOUND: no such list (listId) in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactsController_import: {
        parameters: {
            query?: {
                /** @description Only the members of this list */
                listId?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        /** @description The CSV file, UTF-8, at most IMPORT_MAX_BYTES bytes */
        requestBody: {
            content: {
                "text/csv": string;
                "application/csv": string;
            };
        };
        responses: {
            /** @description What the import did, row by row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactImportResultDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_CSV: the file is not CSV; IMPORT_NO_EMAIL_COLUMN: the header names no email column; IMPORT_EMPTY: no header row; IMPORT_ABORTED: the upload stopped before the end of the file; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.add here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_RESTRICTED: the caller is restricted to chosen lists */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LIST_NOT_FOUND: no such list (listId) in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description IMPORT_TOO_LARGE: the file is larger than IMPORT_MAX_BYTES; PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the body is not sent as text/csv */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The contact's id; 404 when no such contact is in the account. */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactWithListsDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CONTACT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactsController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The contact's id; 404 when no such contact is in the account. */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.delete here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CONTACT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The contact's id; 404 when no such contact is in the account. */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactDto"];
            };
        };
        responses: {
            /** @description The contact (without its lists) */
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); NOTHING_TO_UPDATE: no field to change; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.add here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CONTACT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CONTACT_EXISTS: another contact has this email, with details.id */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListsController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ContactListDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateListDto"];
            };
        };
        responses: {
            /** @description The list */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_RESTRICTED: the caller is restricted to chosen lists */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description LIST_NAME_TAKEN: another list of the account has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The list's id; 404 when no such list is in the account. */
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LIST_NOT_FOUND: no such list in this account, or the caller is restricted to chosen lists and has no access to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListsController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The list's id; 404 when no such list is in the account. */
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_ACCESS_DENIED: the caller is restricted to chosen lists and does not hold this one at MANAGE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LIST_NOT_FOUND: no such list in this account, or the caller is restricted to chosen lists and has no access to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description LIST_IN_USE: a scheduled or sending campaign goes to it, with details.campaignIds */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The list's id; 404 when no such list is in the account. */
                listId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateListDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); NOTHING_TO_UPDATE: neither a name nor a description; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_ACCESS_DENIED: the caller is restricted to chosen lists and does not hold this one at MANAGE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LIST_NOT_FOUND: no such list in this account, or the caller is restricted to chosen lists and has no access to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description LIST_NAME_TAKEN: another list of the account has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListsController_members: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The list's id; 404 when no such list is in the account. */
                listId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ContactDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_MEMBERS_HIDDEN: the caller is restricted to chosen lists and holds this one at SEND, which shows its size, never its members */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LIST_NOT_FOUND: no such list in this account, or the caller is restricted to chosen lists and has no access to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListsController_addMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The list's id; 404 when no such list is in the account. */
                listId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMembersAddedDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); UNKNOWN_CONTACTS: contactIds names contacts that are not in this account, with details.ids; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_ACCESS_DENIED: the caller is restricted to chosen lists and does not hold this one at MANAGE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LIST_NOT_FOUND: no such list in this account, or the caller is restricted to chosen lists and has no access to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The list's id; 404 when no such list is in the account. */
                listId: string;
                /** @description The contact's id; 404 when no such contact is in the account. */
                contactId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not a member (any more) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_ACCESS_DENIED: the caller is restricted to chosen lists and does not hold this one at MANAGE */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LIST_NOT_FOUND: no such list in this account, or the caller is restricted to chosen lists and has no access to it; CONTACT_NOT_FOUND: the contact id is not a UUID, or the caller is restricted to chosen lists and cannot see the contact */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SegmentsController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SegmentDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SegmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSegmentDto"];
            };
        };
        responses: {
            /** @description The segment with its size */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SEGMENT_RULE: a rule does not fit its field (details.index names it), or match or rules are wrong; UNKNOWN_LISTS: a list rule names lists the caller does not see in this account, with details.ids; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow segments.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SEGMENT_NAME_TAKEN: another segment of the account has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SegmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The segment's id; 404 when no such segment is in the account. */
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SEGMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SegmentsController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The segment's id; 404 when no such segment is in the account. */
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow segments.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SEGMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SegmentsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The segment's id; 404 when no such segment is in the account. */
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSegmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); NOTHING_TO_UPDATE: no name, match or rules; INVALID_SEGMENT_RULE: a rule does not fit its field (details.index names it), or match or rules are wrong; UNKNOWN_LISTS: a list rule names lists the caller does not see in this account, with details.ids; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow segments.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SEGMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SEGMENT_NAME_TAKEN: another segment of the account has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SegmentsController_contacts: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The segment's id; 404 when no such segment is in the account. */
                segmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ContactDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SEGMENT_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignsController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CampaignSummaryDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); UNKNOWN_LIST: a list is not one of this account (or one the caller cannot see); details.unknown names them; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_NOT_SENDABLE: a member restricted to chosen lists holds one of the lists below SEND */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND: no such campaign in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignsController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.delete here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND: no such campaign in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CAMPAIGN_SENDING: it is being sent */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); UNKNOWN_LIST: a list is not one of this account (or one the caller cannot see); details.unknown names them; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_NOT_SENDABLE: a member restricted to chosen lists holds one of the lists below SEND; FORBIDDEN also when the campaign is scheduled or sent and the role lacks campaigns.edit-published */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND: no such campaign in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CAMPAIGN_SENDING: it is being sent; CAMPAIGN_ALREADY_SENT: the lists of a sent campaign cannot change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignsController_updatePublished: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); UNKNOWN_LIST: a list is not one of this account (or one the caller cannot see); details.unknown names them; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.edit-published here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_NOT_SENDABLE: a member restricted to chosen lists holds one of the lists below SEND */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND: no such campaign in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CAMPAIGN_SENDING: it is being sent; CAMPAIGN_ALREADY_SENT: the lists of a sent campaign cannot change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignsController_testSend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TestSendDto"];
            };
        };
        responses: {
            /** @description Queued for the worker */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestSendQueuedDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_TEST_RECIPIENTS: to must hold one to five email addresses; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.test-send here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND: no such campaign in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignsController_send: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendCampaignDto"];
            };
        };
        responses: {
            /** @description The campaign, SENDING (its recipients fixed) or SCHEDULED */
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SCHEDULED_AT: not in the future or more than a year ahead; NO_LISTS: the campaign has no list to go to; UNKNOWN_LIST: a list is not one of this account (or one the caller cannot see); details.unknown names them; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.send here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_NOT_SENDABLE: a member restricted to chosen lists holds one of the lists below SEND */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND: no such campaign in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: only drafts and scheduled campaigns are sent */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignsController_unschedule: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign, a draft again */
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.send here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND: no such campaign in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the campaign is not scheduled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignReportDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow reports.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND: no such campaign in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ReportsController_recipients: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CampaignRecipientDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow reports.details.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND: no such campaign in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AutomationsController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AutomationDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow automations.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AutomationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAutomationDto"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); UNKNOWN_LIST: triggerListId is not a list of this account; TRIGGER_LIST_REQUIRED: CONTACT_JOINS_LIST needs triggerListId; TRIGGER_LIST_NOT_ALLOWED: the other triggers take none; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow automations.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_NOT_SENDABLE: a member restricted to chosen lists holds the trigger list below SEND */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AutomationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The automation's id; 404 when no such automation is in the account. */
                automationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow automations.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AUTOMATION_NOT_FOUND: no such series in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AutomationsController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The automation's id; 404 when no such automation is in the account. */
                automationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow automations.activate here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AUTOMATION_NOT_FOUND: no such series in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AutomationsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The automation's id; 404 when no such automation is in the account. */
                automationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAutomationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); UNKNOWN_LIST: triggerListId is not a list of this account; TRIGGER_LIST_REQUIRED: CONTACT_JOINS_LIST needs triggerListId; TRIGGER_LIST_NOT_ALLOWED: the other triggers take none; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow automations.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_NOT_SENDABLE: a member restricted to chosen lists holds the trigger list below SEND; FORBIDDEN also when the series is active or paused and the role lacks automations.activate */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AUTOMATION_NOT_FOUND: no such series in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AutomationsController_activate: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The automation's id; 404 when no such automation is in the account. */
                automationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow automations.activate here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AUTOMATION_NOT_FOUND: no such series in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: a draft or paused series is activated, an active one paused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AutomationsController_pause: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The automation's id; 404 when no such automation is in the account. */
                automationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutomationDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow automations.activate here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AUTOMATION_NOT_FOUND: no such series in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: a draft or paused series is activated, an active one paused */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LibraryController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AssetDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow library.upload here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LibraryController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadAssetFormDto"];
            };
        };
        responses: {
            /** @description The new image */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); FILE_REQUIRED: no multipart field "file"; INVALID_UPLOAD: the multipart body is not one file and text fields; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow library.upload here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FILE_TOO_LARGE: over UPLOAD_MAX_BYTES; PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the bytes are not a PNG, JPEG, GIF or WebP image */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LibraryController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The asset's id; 404 when no such asset is in the account. */
                assetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow library.upload here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; IMAGE_NOT_FOUND: no such image in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LibraryController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The asset's id; 404 when no such asset is in the account. */
                assetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow library.delete here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; IMAGE_NOT_FOUND: no such image in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LibraryController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The asset's id; 404 when no such asset is in the account. */
                assetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); NOTHING_TO_UPDATE: neither name nor altText sent; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow library.upload here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; IMAGE_NOT_FOUND: no such image in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LibraryController_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The asset's id; 404 when no such asset is in the account. */
                assetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image, inline, as the type its mimeType names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": Blob;
                    "image/jpeg": Blob;
                    "image/gif": Blob;
                    "image/webp": Blob;
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow library.upload here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; IMAGE_NOT_FOUND: no such image in this account; CONTENT_MISSING: its file is no longer stored */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LogosController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AssetDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow logos.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LogosController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadAssetFormDto"];
            };
        };
        responses: {
            /** @description The new logo */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); FILE_REQUIRED: no multipart field "file"; INVALID_UPLOAD: the multipart body is not one file and text fields; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow logos.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FILE_TOO_LARGE: over UPLOAD_MAX_BYTES; PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE: the bytes are not a PNG, JPEG, GIF or WebP image */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LogosController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The asset's id; 404 when no such asset is in the account. */
                assetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow logos.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LOGO_NOT_FOUND: no such logo in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LogosController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The asset's id; 404 when no such asset is in the account. */
                assetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow logos.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LOGO_NOT_FOUND: no such logo in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LogosController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The asset's id; 404 when no such asset is in the account. */
                assetId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssetDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssetDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); NOTHING_TO_UPDATE: neither name nor altText sent; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow logos.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LOGO_NOT_FOUND: no such logo in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LogosController_content: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The asset's id; 404 when no such asset is in the account. */
                assetId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The logo, inline, as the type its mimeType names */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": Blob;
                    "image/jpeg": Blob;
                    "image/gif": Blob;
                    "image/webp": Blob;
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow logos.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LOGO_NOT_FOUND: no such logo in this account; CONTENT_MISSING: its file is no longer stored */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LandingPagesController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LandingPageSummaryDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow landing-pages.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LandingPagesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLandingPageDto"];
            };
        };
        responses: {
            /** @description The new draft */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandingPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); SLUG_REQUIRED: no slug sent, and the title has no letters or digits to make one from; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow landing-pages.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SLUG_TAKEN: another page, in any account, has this address */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LandingPagesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The page's id; 404 when no such page is in the account. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandingPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow landing-pages.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LANDING_PAGE_NOT_FOUND: no such landing page in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LandingPagesController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The page's id; 404 when no such page is in the account. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow landing-pages.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LANDING_PAGE_NOT_FOUND: no such landing page in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LandingPagesController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The page's id; 404 when no such page is in the account. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLandingPageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandingPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); NOTHING_TO_UPDATE: none of title, slug and bodyHtml sent; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow landing-pages.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LANDING_PAGE_NOT_FOUND: no such landing page in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SLUG_TAKEN: another page, in any account, has this address */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LandingPagesController_publish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The page's id; 404 when no such page is in the account. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandingPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow landing-pages.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LANDING_PAGE_NOT_FOUND: no such landing page in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: already published */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LandingPagesController_unpublish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The page's id; 404 when no such page is in the account. */
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandingPageDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow landing-pages.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LANDING_PAGE_NOT_FOUND: no such landing page in this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: not published */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicPagesController_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The published page's address. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description With PUBLIC_PAGES_URL set (public-pages-origin.ts): the page lives on that origin only, at /p/<slug> */
            308: {
                headers: {
                    /** @description The page on its own origin */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAGE_NOT_FOUND: no such slug, or the page is not published; NOT_FOUND: on the PUBLIC_PAGES_URL origin, any address but /p/<slug> */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ArchiveController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow account.settings.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ArchiveController_put: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutArchiveDto"];
            };
        };
        responses: {
            /** @description Saved, at its new version */
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchiveDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow account.settings.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ARCHIVE_SLUG_TAKEN: another account's archive is at this address */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ArchiveController_removeAuthorPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The user's id; 404 when no such user is in the account. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed (or already removed) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow account.settings.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AUTHOR_NOT_FOUND: this person sent no campaign of this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ArchiveController_listing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignListingDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ArchiveController_setListing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCampaignListingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignListingDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.send here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CAMPAIGN_NOT_SENT: only a sent campaign is listed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ArchiveController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The campaign's id; 404 when no such campaign is in the account. */
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicArchiveController_account: {
        parameters: {
            query?: {
                page?: number;
                q?: string;
            };
            header?: never;
            path: {
                /** @description The newsletter archive's address; 404 ARCHIVE_NOT_FOUND when no archive is there or it is off. */
                archiveSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    /** @description Of the content; If-None-Match with it answers 304 */
                    ETag: string;
                    /** @description public, no-cache: kept, and asked again each time, so unlisting shows on the next request */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unchanged since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description With PUBLIC_PAGES_URL set (content/public-pages-origin.ts): the archive lives on that origin only, at /archive/... */
            308: {
                headers: {
                    /** @description The same address on the pages origin */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_PAGE; INVALID_QUERY */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ARCHIVE_NOT_FOUND: no archive at this address, or it is off; ARCHIVE_PAGE_NOT_FOUND: no such author, campaign or page number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicArchiveController_accountRss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsletter archive's address; 404 ARCHIVE_NOT_FOUND when no archive is there or it is off. */
                archiveSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed */
            200: {
                headers: {
                    /** @description Of the content; If-None-Match with it answers 304 */
                    ETag: string;
                    /** @description public, no-cache: kept, and asked again each time, so unlisting shows on the next request */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            /** @description Unchanged since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description With PUBLIC_PAGES_URL set (content/public-pages-origin.ts): the archive lives on that origin only, at /archive/... */
            308: {
                headers: {
                    /** @description The same address on the pages origin */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ARCHIVE_NOT_FOUND: no archive at this address, or it is off; ARCHIVE_PAGE_NOT_FOUND: no such author, campaign or page number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicArchiveController_accountAtom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsletter archive's address; 404 ARCHIVE_NOT_FOUND when no archive is there or it is off. */
                archiveSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed */
            200: {
                headers: {
                    /** @description Of the content; If-None-Match with it answers 304 */
                    ETag: string;
                    /** @description public, no-cache: kept, and asked again each time, so unlisting shows on the next request */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Unchanged since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description With PUBLIC_PAGES_URL set (content/public-pages-origin.ts): the archive lives on that origin only, at /archive/... */
            308: {
                headers: {
                    /** @description The same address on the pages origin */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ARCHIVE_NOT_FOUND: no archive at this address, or it is off; ARCHIVE_PAGE_NOT_FOUND: no such author, campaign or page number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicArchiveController_author: {
        parameters: {
            query?: {
                page?: number;
            };
            header?: never;
            path: {
                /** @description The newsletter archive's address; 404 ARCHIVE_NOT_FOUND when no archive is there or it is off. */
                archiveSlug: string;
                /** @description An author's address in the archive; 404 ARCHIVE_PAGE_NOT_FOUND when unknown or removed. */
                authorSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    /** @description Of the content; If-None-Match with it answers 304 */
                    ETag: string;
                    /** @description public, no-cache: kept, and asked again each time, so unlisting shows on the next request */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unchanged since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description With PUBLIC_PAGES_URL set (content/public-pages-origin.ts): the archive lives on that origin only, at /archive/... */
            308: {
                headers: {
                    /** @description The same address on the pages origin */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_PAGE */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ARCHIVE_NOT_FOUND: no archive at this address, or it is off; ARCHIVE_PAGE_NOT_FOUND: no such author, campaign or page number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicArchiveController_authorRss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsletter archive's address; 404 ARCHIVE_NOT_FOUND when no archive is there or it is off. */
                archiveSlug: string;
                /** @description An author's address in the archive; 404 ARCHIVE_PAGE_NOT_FOUND when unknown or removed. */
                authorSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed */
            200: {
                headers: {
                    /** @description Of the content; If-None-Match with it answers 304 */
                    ETag: string;
                    /** @description public, no-cache: kept, and asked again each time, so unlisting shows on the next request */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/rss+xml": string;
                };
            };
            /** @description Unchanged since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description With PUBLIC_PAGES_URL set (content/public-pages-origin.ts): the archive lives on that origin only, at /archive/... */
            308: {
                headers: {
                    /** @description The same address on the pages origin */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ARCHIVE_NOT_FOUND: no archive at this address, or it is off; ARCHIVE_PAGE_NOT_FOUND: no such author, campaign or page number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicArchiveController_authorAtom: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsletter archive's address; 404 ARCHIVE_NOT_FOUND when no archive is there or it is off. */
                archiveSlug: string;
                /** @description An author's address in the archive; 404 ARCHIVE_PAGE_NOT_FOUND when unknown or removed. */
                authorSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed */
            200: {
                headers: {
                    /** @description Of the content; If-None-Match with it answers 304 */
                    ETag: string;
                    /** @description public, no-cache: kept, and asked again each time, so unlisting shows on the next request */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Unchanged since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description With PUBLIC_PAGES_URL set (content/public-pages-origin.ts): the archive lives on that origin only, at /archive/... */
            308: {
                headers: {
                    /** @description The same address on the pages origin */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ARCHIVE_NOT_FOUND: no archive at this address, or it is off; ARCHIVE_PAGE_NOT_FOUND: no such author, campaign or page number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PublicArchiveController_campaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The newsletter archive's address; 404 ARCHIVE_NOT_FOUND when no archive is there or it is off. */
                archiveSlug: string;
                /** @description A campaign's address in the archive, fixed when it was sent; 404 ARCHIVE_PAGE_NOT_FOUND unless listed. */
                campaignSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign */
            200: {
                headers: {
                    /** @description Of the content; If-None-Match with it answers 304 */
                    ETag: string;
                    /** @description public, no-cache: kept, and asked again each time, so unlisting shows on the next request */
                    "Cache-Control": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Unchanged since the ETag given in If-None-Match */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description With PUBLIC_PAGES_URL set (content/public-pages-origin.ts): the archive lives on that origin only, at /archive/... */
            308: {
                headers: {
                    /** @description The same address on the pages origin */
                    Location: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ARCHIVE_NOT_FOUND: no archive at this address, or it is off; ARCHIVE_PAGE_NOT_FOUND: no such author, campaign or page number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SocialPostDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.posts.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSocialPostDto"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialPostDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); POST_TOO_LONG_FOR_NETWORK: a post on X has at most 280 characters; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.posts.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The post's id; 404 when no such post is in the account. */
                postId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialPostDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.posts.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SOCIAL_POST_NOT_FOUND: no such social post in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The post's id; 404 when no such post is in the account. */
                postId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.posts.publish here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SOCIAL_POST_NOT_FOUND: no such social post in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The post's id; 404 when no such post is in the account. */
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSocialPostDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialPostDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); POST_TOO_LONG_FOR_NETWORK: a post on X has at most 280 characters; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.posts.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; PUBLISH_PERMISSION_REQUIRED: the post is scheduled or published, and the caller may not publish posts */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SOCIAL_POST_NOT_FOUND: no such social post in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_schedule: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The post's id; 404 when no such post is in the account. */
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialPostDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); SCHEDULE_IN_PAST, SCHEDULE_TOO_FAR: scheduledAt must be in the future, within a year; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.posts.publish here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SOCIAL_POST_NOT_FOUND: no such social post in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the post cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_publish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The post's id; 404 when no such post is in the account. */
                postId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialPostDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.posts.publish here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SOCIAL_POST_NOT_FOUND: no such social post in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the post cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_unpublish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The post's id; 404 when no such post is in the account. */
                postId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialPostDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.posts.publish here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SOCIAL_POST_NOT_FOUND: no such social post in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the post cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_listComments: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The post's id; 404 when no such post is in the account. */
                postId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SocialCommentDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.comments.respond here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SOCIAL_POST_NOT_FOUND: no such social post in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_recordComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The post's id; 404 when no such post is in the account. */
                postId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSocialCommentDto"];
            };
        };
        responses: {
            /** @description The comment */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialCommentDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.comments.respond here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SOCIAL_POST_NOT_FOUND: no such social post in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialController_respond: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The comment's id; 404 when no such comment is in the account. */
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RespondToCommentDto"];
            };
        };
        responses: {
            /** @description The comment with its response */
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialCommentDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.comments.respond here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SOCIAL_COMMENT_NOT_FOUND: no such comment in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LookalikesController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LookalikeAudienceDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LookalikesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLookalikeDto"];
            };
        };
        responses: {
            /** @description The audience */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LookalikeAudienceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); UNKNOWN_LIST: sourceListId names no contact list of this account; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lookalike.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LookalikesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The lookalike's id; 404 when no such lookalike is in the account. */
                lookalikeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LookalikeAudienceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LOOKALIKE_NOT_FOUND: no such lookalike audience in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LookalikesController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The lookalike's id; 404 when no such lookalike is in the account. */
                lookalikeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lookalike.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LOOKALIKE_NOT_FOUND: no such lookalike audience in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GoogleAdsController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.google.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GoogleAdsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdDto"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.google.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GoogleAdsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.google.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GoogleAdsController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.google.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GoogleAdsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.google.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GoogleAdsController_schedule: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); SCHEDULE_IN_PAST, SCHEDULE_TOO_FAR: scheduledAt must be in the future, within a year; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.google.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the ad cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GoogleAdsController_publish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.google.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the ad cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GoogleAdsController_unpublish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.google.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the ad cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MetaAdsController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MetaAdsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdDto"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MetaAdsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MetaAdsController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MetaAdsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MetaAdsController_schedule: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); SCHEDULE_IN_PAST, SCHEDULE_TOO_FAR: scheduledAt must be in the future, within a year; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the ad cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MetaAdsController_publish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the ad cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MetaAdsController_unpublish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the ad cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LeadAdsController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AdDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lead.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LeadAdsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdDto"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lead.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LeadAdsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lead.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LeadAdsController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lead.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LeadAdsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lead.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LeadAdsController_schedule: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); SCHEDULE_IN_PAST, SCHEDULE_TOO_FAR: scheduledAt must be in the future, within a year; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lead.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the ad cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LeadAdsController_publish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lead.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the ad cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LeadAdsController_unpublish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The ad's id; 404 when no such ad is in the account. */
                adId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lead.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad on this channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the ad cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StoresController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["StoreDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow stores.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StoresController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStoreDto"];
            };
        };
        responses: {
            /** @description The store */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow stores.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StoresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The store's id; 404 when no such store is in the account. */
                storeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow stores.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; STORE_NOT_FOUND: no such store in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StoresController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The store's id; 404 when no such store is in the account. */
                storeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow stores.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; STORE_NOT_FOUND: no such store in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StoresController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The store's id; 404 when no such store is in the account. */
                storeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStoreDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow stores.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; STORE_NOT_FOUND: no such store in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StoresController_publish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The store's id; 404 when no such store is in the account. */
                storeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow stores.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; STORE_NOT_FOUND: no such store in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the store cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StoresController_unpublish: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The store's id; 404 when no such store is in the account. */
                storeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow stores.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; STORE_NOT_FOUND: no such store in the account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVALID_STATE_TRANSITION: the store cannot go to that state from the one it is in */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountSettingsController_getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSettingsDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow account.settings.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountSettingsController_putSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAccountSettingsDto"];
            };
        };
        responses: {
            /** @description Saved, at its new version */
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountSettingsDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_TIME_ZONE: not an IANA time zone; INVALID_LOCALE: not a BCP 47 language tag; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow account.settings.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountSettingsController_getBusinessProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessProfileDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow business-profile.update here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountSettingsController_putBusinessProfile: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutBusinessProfileDto"];
            };
        };
        responses: {
            /** @description Saved, at its new version */
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessProfileDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow business-profile.update here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountSettingsController_catalogue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole catalogue, and how many items it has */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CatalogueEntryDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow purchases.make here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountSettingsController_listPurchases: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PurchaseDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow purchases.make here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountSettingsController_purchase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePurchaseDto"];
            };
        };
        responses: {
            /** @description The charge, and whose bill it is on */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseMadeDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow purchases.make here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountSettingsController_listTrials: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["TrialDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow trials.start here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AccountSettingsController_startTrial: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartTrialDto"];
            };
        };
        responses: {
            /** @description The trial, with endsAt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow trials.start here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TRIAL_ALREADY_STARTED: this account has already had a trial of this product */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RolesController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CustomRoleDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RolesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleDto"];
            };
        };
        responses: {
            /** @description The role */
            201: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomRoleDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; ROLE_EXCEEDS_YOURS: the role names actions the caller does not hold here (users.manage never), with details.actions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ROLE_NAME_TAKEN: another custom role of the account has this name; CUSTOM_ROLE_LIMIT: the account has 20 custom roles already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RolesController_grantable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantableActionsDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RolesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The role's id; 404 when no such role is in the account. */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomRoleDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; ROLE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RolesController_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The role's id; 404 when no such role is in the account. */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_IF_MATCH */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; ROLE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ROLE_IN_USE: members or pending invitations hold it, with details { members, invitations } */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RolesController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read ("3"); a write to any other version is refused with 412 */
                "If-Match": string;
            };
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The role's id; 404 when no such role is in the account. */
                roleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomRoleDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); NOTHING_TO_UPDATE: neither a name nor actions; INVALID_IF_MATCH; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; ROLE_EXCEEDS_YOURS: the role names actions the caller does not hold here (users.manage never), with details.actions */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; ROLE_NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ROLE_NAME_TAKEN: another custom role of the account has this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description VERSION_CONFLICT: someone changed the record since you read it; the answer carries it as it is now */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"] & {
                        details?: {
                            /** @description The record as it is now, as a read of it answers */
                            current?: Record<string, never>;
                        };
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PRECONDITION_REQUIRED: no If-Match */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListAccessController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The user's id; 404 when no such user is in the account. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberListAccessDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_RESTRICTED: the caller is itself restricted to chosen lists */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; USER_NOT_FOUND: not a member of this account */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListAccessController_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The user's id; 404 when no such user is in the account. */
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceListAccessDto"];
            };
        };
        responses: {
            /** @description The member's list access as it is now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberListAccessDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); OWNER_UNRESTRICTED: the member is the account's owner, who always reaches every list; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey; LIST_RESTRICTED: the caller is itself restricted to chosen lists */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; USER_NOT_FOUND: not a member of this account; LIST_NOT_FOUND: lists names lists that are not in this account, with details.ids */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CAMPAIGN_NOT_FOUND: no such campaign in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    CampaignPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow campaigns.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AutomationPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow automations.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AUTOMATION_NOT_FOUND: no such automation in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    AutomationPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow automations.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; CONTACT_NOT_FOUND: no such contact in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ContactPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow contacts.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LIST_NOT_FOUND: no such list in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ListPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SegmentPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SEGMENT_NOT_FOUND: no such segment in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SegmentPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow lists.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LandingPagePresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow landing-pages.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LANDING_PAGE_NOT_FOUND: no such landing page in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LandingPagePresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow landing-pages.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LibraryImagePresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow library.upload here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; IMAGE_NOT_FOUND: no such image in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LibraryImagePresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow library.upload here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LogoPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow logos.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; LOGO_NOT_FOUND: no such logo in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LogoPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow logos.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialPostPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.posts.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; SOCIAL_POST_NOT_FOUND: no such social post in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SocialPostPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow social.posts.create here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GoogleAdPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.google.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    GoogleAdPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.google.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MetaAdPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MetaAdPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.meta.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LeadAdPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lead.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; AD_NOT_FOUND: no such ad in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    LeadAdPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow ads.lead.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StorePresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow stores.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; STORE_NOT_FOUND: no such store in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    StorePresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow stores.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RolePresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it; ROLE_NOT_FOUND: no such role in this account, or not one the caller may read */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    RolePresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
                /** @description The record's id; 404 when no such record is in the account. */
                recordId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow users.view here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SettingsPresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow account.settings.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SettingsPresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow account.settings.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ArchivePresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow account.settings.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ArchivePresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow account.settings.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BusinessProfilePresenceController_stay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StayPresenceDto"];
            };
        };
        responses: {
            /** @description Who else is editing it now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresenceDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow business-profile.update here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    BusinessProfilePresenceController_leave: {
        parameters: {
            query: {
                /** @description This editing screen (a browser tab), chosen by the client: a random UUID, the same for every call while the screen is open. The same person in two tabs is two editors, shown once. */
                editorId: string;
            };
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mark is gone (or was not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow business-profile.update here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds; SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SecurityPolicyController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPolicyDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SecurityPolicyController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The account. A caller with no access to it gets 404 ACCOUNT_NOT_FOUND, whether it exists or not. */
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutSecurityPolicyDto"];
            };
        };
        responses: {
            /** @description The policy as it now is */
            200: {
                headers: {
                    /** @description The version of the record, for If-Match */
                    ETag: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityPolicyDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FORBIDDEN: the caller's role does not allow account.settings.manage here; TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description ENABLE_TWO_FACTOR_FIRST: turning it on needs the caller to be signed in with a second factor, so that they are not locked out */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    SecurityEventsController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SecurityEventDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyPasskeysController_registrationOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyRegistrationOptionsDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyPasskeysController_list: {
        parameters: {
            query?: {
                page?: number;
                perPage?: number;
                /** @description A field name; prefix with "-" for descending order */
                sort?: string;
                /** @description A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER */
                filter?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, and how many match in all */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PasskeyDto"][];
                        /** Format: int32 */
                        total: number;
                    };
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); INVALID_SORT, INVALID_FILTER, UNKNOWN_FILTER */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyPasskeysController_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPasskeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); PASSKEY_INVALID: the answer could not be verified, or its token is expired, used or not yours; MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PASSKEY_EXISTS: this passkey is already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyPasskeysController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description One of the caller's own passkeys; 404 PASSKEY_NOT_FOUND for any other. */
                passkeyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PASSKEY_NOT_FOUND: no such passkey of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    MyPasskeysController_rename: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description One of the caller's own passkeys; 404 PASSKEY_NOT_FOUND for any other. */
                passkeyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenamePasskeyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description UNAUTHENTICATED: no valid session */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PASSKEY_NOT_FOUND: no such passkey of yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PasskeyLoginController_options: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasskeyAuthenticationOptionsDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    PasskeyLoginController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasskeyLoginDto"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description VALIDATION_FAILED (or another code naming what is wrong with the input); MALFORMED_JSON, JSON_TOO_DEEP, INVALID_TEXT */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PASSKEY_INVALID: the same for an unknown passkey, a bad signature, and an expired or used token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description EMAIL_NOT_VERIFIED: the email address of this person is not verified yet */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is larger than the route takes */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description TOO_MANY_LOGIN_ATTEMPTS: too many failed sign-ins from this address; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds until sign-in is allowed again */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
