/** The role analysts' tokens must carry (HMPPS Auth `authorities`) to read any report. */
export const REPORT_ROLE = 'ROLE_PTPU_REPORT';
