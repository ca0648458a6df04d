/** "Add to team glossary", the context-menu item on selected text beside "Look up in Attaché". */
export const TEAM_GLOSSARY_MENU_ID = 'attache-add-to-team-glossary';
export const TEAM_GLOSSARY_MENU_TITLE = 'Add to team glossary';
