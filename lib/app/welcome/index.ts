export { WelcomePage, type WelcomePageProps } from './WelcomePage';
